import type { Position, Range, TextDocumentContentChangeEvent } from 'vscode-languageserver';
import { TextDocuments } from './library';
import { TextDocument } from 'vscode-languageserver-textdocument';

/**
 * The open documents. Each change is applied with its range clamped to the document as it stands: clients send
 * ranges past the end (out of spec), and the library's line table breaks on them (later positions come out null).
 */
export function createDocuments(): TextDocuments<TextDocument> {
  return new TextDocuments({
    create: TextDocument.create,
    update(document, changes, version) {
      for (const change of changes) TextDocument.update(document, [clampChange(document, change)], version);
      return TextDocument.update(document, [], version);
    },
  });
}

function clampChange(document: TextDocument, change: TextDocumentContentChangeEvent): TextDocumentContentChangeEvent {
  const text = typeof change.text === 'string' ? change.text : '';
  return 'range' in change ? { range: clampRange(document, change.range), text } : { text };
}

/** A client's position as an offset into the document: integers, clamped to the nearest position that exists. */
export function offsetAt(document: TextDocument, position: unknown): number {
  const { line, character } = (typeof position === 'object' && position !== null ? position : {}) as Partial<Record<keyof Position, unknown>>;
  return document.offsetAt({ line: wholeNumber(line), character: wholeNumber(character) });
}

/** A client's range as offsets, each end clamped as `offsetAt` does. */
export function offsetsOf(document: TextDocument, range: unknown): { start: number; end: number } {
  const { start, end } = (typeof range === 'object' && range !== null ? range : {}) as Partial<Record<keyof Range, unknown>>;
  return { start: offsetAt(document, start), end: offsetAt(document, end) };
}

function clampRange(document: TextDocument, range: unknown): Range {
  const { start, end } = offsetsOf(document, range);
  return { start: document.positionAt(start), end: document.positionAt(end) };
}

function wholeNumber(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) ? Math.max(0, Math.floor(value)) : 0;
}
