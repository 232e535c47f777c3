import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { INITIAL, Registry, parseRawGrammar, type IGrammar } from 'vscode-textmate';
import { createOnigScanner, createOnigString, loadWASM } from 'vscode-oniguruma';
import { repoRoot } from '../support/paths';

const manifest = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
const grammarFiles = new Map<string, string>(manifest.contributes.grammars.map((g: { scopeName: string; path: string }) => [g.scopeName, g.path]));

/** VS Code's own Markdown and YAML grammars are not on this machine: a minimal stand-in keeps paragraphs as text. */
const STAND_INS: Record<string, object> = {
  'text.html.markdown': { scopeName: 'text.html.markdown', patterns: [{ match: '`[^`]*`', name: 'markup.inline.raw.string.markdown' }] },
  'source.yaml': { scopeName: 'source.yaml', patterns: [] },
};

let grammar: IGrammar;

before(async () => {
  await loadWASM(readFileSync(join(repoRoot, 'node_modules', 'vscode-oniguruma', 'release', 'onig.wasm')).buffer);
  const registry = new Registry({
    onigLib: Promise.resolve({ createOnigScanner, createOnigString }),
    loadGrammar: async (scopeName) => {
      const file = grammarFiles.get(scopeName);
      if (file) return parseRawGrammar(readFileSync(join(repoRoot, file), 'utf8'), file);
      const standIn = STAND_INS[scopeName];
      return standIn ? parseRawGrammar(JSON.stringify(standIn), `${scopeName}.json`) : null;
    },
    getInjections: (scopeName) => manifest.contributes.grammars.filter((g: { injectTo?: string[] }) => g.injectTo?.includes(scopeName)).map((g: { scopeName: string }) => g.scopeName),
  });
  grammar = (await registry.loadGrammar('text.html.markdown.invite'))!;
});

/** Each token of each line as `text => scopes` for the tokens whose scopes mention `interesting`. */
function tokensOf(text: string, interesting: RegExp): string[] {
  let stack = INITIAL;
  const found: string[] = [];
  for (const line of text.split('\n')) {
    const result = grammar.tokenizeLine(line, stack);
    for (const token of result.tokens) {
      const scopes = token.scopes.join(' ');
      if (interesting.test(scopes)) found.push(`${line.slice(token.startIndex, token.endIndex)} => ${token.scopes[token.scopes.length - 1]}`);
    }
    stack = result.ruleStack;
  }
  return found;
}

describe('Invite grammar', () => {
  it('picks out front matter keys, known and unknown', () => {
    const keys = tokensOf('---\nto: Priya\nscenario: met-at-event\nsubject: Your talk\nmood: happy\n---\nHi Priya,', /entity\.name\.tag\.yaml/);
    assert.deepEqual(keys, [
      'to => entity.name.tag.yaml',
      'scenario => entity.name.tag.yaml',
      'subject => entity.name.tag.yaml',
      'mood => invalid.deprecated.unknown-key.invite',
    ]);
  });

  it('marks template placeholders in the body, but not in code', () => {
    const placeholders = tokensOf('Hi {{firstName}}, we met at [Conference]. TODO {name}\nSee `[Company]` and [a link](https://x.y).', /placeholder/);
    assert.deepEqual(placeholders.map((token) => token.split(' => ')[0]), ['{{firstName}}', '[Conference]', 'TODO', '{name}']);
  });

  it('leaves a body that only looks like front matter alone', () => {
    assert.deepEqual(tokensOf('Hi Priya,\n---\nto: Dana\n---', /front-matter/), []);
  });
});
