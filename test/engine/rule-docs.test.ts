// Each rule's doc page and README row say whether it offers a fix, and that must be what it really does.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { it } from 'node:test';
import { DEFAULT_CONFIG, RULES, lint } from '../../server/src/engine';
import { loadCorpus } from '../support/corpus';
import { fixtureDir, repoRoot } from '../support/paths';

it("each rule's doc page and README row state the fixes the rule really offers", () => {
  const drafts = [
    ...readdirSync(fixtureDir).filter((file) => file.endsWith('.invite.md')).map((file) => readFileSync(join(fixtureDir, file), 'utf8')),
    ...loadCorpus().map((draft) => draft.text),
  ];
  const fixes = new Map<string, Set<string>>(RULES.map((rule) => [rule.name, new Set()]));
  for (const text of drafts) {
    for (const d of lint(text, DEFAULT_CONFIG).diagnostics) for (const fix of d.fixes) if (!fix.suppression) fixes.get(d.rule)?.add(fix.title.replace(/".*"/, '"…"'));
  }
  const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
  for (const rule of RULES) {
    const offered = [...fixes.get(rule.name)!];
    const page = readFileSync(join(repoRoot, 'docs', 'rules', `${rule.name}.md`), 'utf8');
    const pageFix = /\*\*Fix:\*\* ([^\n]*)/.exec(page)?.[1];
    assert.ok(pageFix, `docs/rules/${rule.name}.md has a **Fix:** field`);
    const row = readme.split('\n').find((line) => line.startsWith(`| [\`${rule.name}\`]`));
    assert.ok(row, `README has a row for ${rule.name}`);
    const readmeFix = row.split('|').at(-2)!.trim();
    const says = offered.length > 0;
    assert.equal(pageFix !== 'no', says, `docs/rules/${rule.name}.md says "Fix: ${pageFix}"; offered: ${offered.join(', ') || 'none'}`);
    assert.equal(readmeFix !== '—', says, `README says "${readmeFix}" for ${rule.name}; offered: ${offered.join(', ') || 'none'}`);
    if (says) assert.match(page, /^## Quick fix/m, `docs/rules/${rule.name}.md explains its fix under "## Quick fix"`);
  }
});
