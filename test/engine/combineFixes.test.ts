import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LineIndex, applyEdits, type Fix, type TextEdit } from '../../server/src/engine';
import { combineFixes } from '../../server/src/engine/fixes/combineFixes';

const fix = (title: string, ...edits: TextEdit[]): Fix => ({ title, edits });
const edit = (start: number, end: number, newText: string, snippet?: boolean): TextEdit => ({ start, end, newText, ...(snippet ? { snippet } : {}) });

/** Applies offset edits the way an LSP client does, with the reference implementation (which rejects overlaps). */
function applyAsLsp(text: string, edits: readonly TextEdit[]): string {
  const lines = new LineIndex(text);
  const lsp = edits.map((e) => ({ range: { start: lines.positionAt(e.start), end: lines.positionAt(e.end) }, newText: e.newText }));
  return TextDocument.applyEdits(TextDocument.create('file:///draft.invite.md', 'invite', 1, text), lsp);
}

describe('combineFixes', () => {
  it('merges an insert and a replace at the same start into one edit, the insert first', () => {
    const text = '{firstName}, we met at PyCon.';
    const { edits } = combineFixes([fix('fill', edit(0, 11, 'Zoë')), fix('greet', edit(0, 0, 'Hi Zoë,\n\n'))]);
    assert.deepEqual(edits, [edit(0, 11, 'Hi Zoë,\n\nZoë')]);
    assert.equal(applyAsLsp(text, edits), 'Hi Zoë,\n\nZoë, we met at PyCon.');
    assert.equal(applyAsLsp(text, edits), applyEdits(text, edits));
  });

  it('keeps inserts at one position in the order given, and edits that only touch apart', () => {
    const { edits } = combineFixes([fix('a', edit(4, 4, 'A')), fix('b', edit(4, 4, 'B')), fix('c', edit(0, 4, 'x')), fix('d', edit(4, 6, 'y'))]);
    assert.deepEqual(edits, [edit(0, 4, 'x'), edit(4, 6, 'ABy')]);
  });

  it('leaves out a whole fix when any of its edits overlaps an earlier fix', () => {
    const first = fix('first', edit(2, 8, 'x'));
    const overlapping = fix('overlapping', edit(20, 20, 'kept only with its partner'), edit(5, 5, 'inside'));
    const later = fix('later', edit(8, 10, 'y'));
    const { edits, applied } = combineFixes([first, overlapping, later]);
    assert.deepEqual(applied, [first, later]);
    assert.deepEqual(edits, [edit(2, 8, 'x'), edit(8, 10, 'y')]);
  });

  it('sorts edits given out of order, and renders snippets only where it merges them', () => {
    const { edits } = combineFixes([fix('late', edit(9, 9, '${1:late}', true)), fix('early', edit(3, 3, '${1:one}', true), edit(3, 5, 'z'))]);
    assert.deepEqual(edits, [edit(3, 5, 'onez'), edit(9, 9, '${1:late}', true)]);
  });

  it('combines 20,000 fixes given in reverse order', () => {
    const fixes = Array.from({ length: 20_000 }, (_, index) => fix(`f${index}`, edit((19_999 - index) * 3, (19_999 - index) * 3 + 2, '')));
    assert.equal(combineFixes(fixes).edits.length, 20_000);
  });
});
