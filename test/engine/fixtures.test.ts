import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fillTabStop } from '../support/fill';
import { fixtureDir } from '../support/paths';
import { DEFAULT_CONFIG, LineIndex, applyEdits, lint, type Diagnostic } from '../../server/src/engine';

const EXPECT_BLOCK = /<!-- expect\r?\n([^]*?)-->/;

/** A fixture's expected hits: `rule line:column [severity]`, one per line, in its trailing `<!-- expect -->` comment. */
function expectedHits(text: string): string[] {
  const block = EXPECT_BLOCK.exec(text);
  assert.ok(block, 'fixture has no <!-- expect --> block');
  return block[1]
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .sort();
}

function describeHits(text: string, diagnostics: Diagnostic[], withSeverity: boolean[]): string[] {
  const lines = new LineIndex(text);
  return diagnostics
    .map((diagnostic, index) => {
      const { line, character } = lines.positionAt(diagnostic.start);
      const base = `${diagnostic.rule} ${line + 1}:${character + 1}`;
      return withSeverity[index] ? `${base} ${diagnostic.severity}` : base;
    })
    .sort();
}

for (const file of readdirSync(fixtureDir).filter((name) => name.endsWith('.invite.md'))) {
  describe(`fixture ${file}`, () => {
    const text = readFileSync(join(fixtureDir, file), 'utf8');
    const { diagnostics } = lint(text, DEFAULT_CONFIG);

    it('produces exactly the expected hits', () => {
      const expected = expectedHits(text);
      const severityNamed = diagnostics.map((diagnostic) => {
        const { line, character } = new LineIndex(text).positionAt(diagnostic.start);
        return expected.includes(`${diagnostic.rule} ${line + 1}:${character + 1} ${diagnostic.severity}`);
      });
      assert.deepEqual(describeHits(text, diagnostics, severityNamed), expected);
    });

    for (const [index, diagnostic] of diagnostics.entries()) {
      for (const fix of diagnostic.fixes) {
        it(`fix "${fix.title}", filled in, removes ${diagnostic.rule} #${index} and touches nothing outside its range`, () => {
          const lines = new LineIndex(text);
          const from = lines.lineStart(lines.positionAt(diagnostic.start).line);
          const to = lines.lineEnd(lines.positionAt(diagnostic.end).line);
          for (const edit of fix.edits) {
            const onDiagnosticLines = edit.start >= from && edit.end <= to;
            assert.ok(onDiagnosticLines || edit.start === edit.end, `edit [${edit.start},${edit.end}) replaces text beyond the diagnostic's lines [${from},${to})`);
          }
          const fixed = applyEdits(text, fix.edits, fillTabStop);
          const first = Math.min(...fix.edits.map((edit) => edit.start));
          const last = Math.max(...fix.edits.map((edit) => edit.end));
          assert.equal(fixed.slice(0, first), text.slice(0, first));
          assert.equal(fixed.slice(fixed.length - (text.length - last)), text.slice(last));
          const before = diagnostics.filter((other) => other.rule === diagnostic.rule).length;
          const after = lint(fixed, DEFAULT_CONFIG).diagnostics.filter((other) => other.rule === diagnostic.rule).length;
          const message = `${diagnostic.rule} hits: ${before} before the fix, ${after} after`;
          if (!fix.suppression) assert.equal(after, before - 1, message);
          else if (fix.title.endsWith('for this file')) assert.equal(after, 0, message);
          else assert.ok(after < before, message);
        });
      }
    }
  });
}
