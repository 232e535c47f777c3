// Accuracy in the editor: several rules on one span read as one problem in the hover, the most severe first.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { diagnosticsWhere, draftUri, hasRule, openDraft, ruleOf, test } from './support';

test('the hover over a bare stock line leads with stock-invite and keeps the other rules to a line each', async () => {
  const uri = draftUri('accuracy-stock.invite.md');
  await openDraft('accuracy-stock.invite.md');
  const diagnostics = await diagnosticsWhere(uri, (found) => hasRule('stock-invite')(found) && hasRule('no-greeting')(found));
  const onStockLine = new Set(diagnostics.filter((d) => d.range.start.line === 0).map(ruleOf));
  assert.ok(onStockLine.size >= 3, `several rules on the line: ${[...onStockLine].join(', ')}`);
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, new vscode.Position(0, 10));
  const text = hovers.flatMap((hover) => hover.contents.map((content) => (typeof content === 'string' ? content : content.value))).join('\n');
  assert.equal(text.match(/\*\*Why /g)?.length, 1, text);
  assert.match(text, /^\*\*Why stock-invite:\*\* .*lazy and impersonal/, text);
  for (const rule of [...onStockLine].filter((rule) => rule !== 'stock-invite')) {
    const line = text.split('\n').find((candidate) => candidate.includes(`[${rule}]`));
    assert.ok(line, `${rule} is listed: ${text}`);
  }
  assert.ok(text.split('\n').filter((line) => line.startsWith('- [')).length === onStockLine.size - 1, text);
});
