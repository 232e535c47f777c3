// Quick fixes that write the project config: a phrase added to `phrases.allow` or `phrases.flag` of the nearest config
// file, or of a new `.invite-lint.jsonc`. Pure: the caller reads the file and applies the edits (as a WorkspaceEdit).
// jsonc-parser's `modify` computes minimal edits, so comments, trailing commas and the file's own layout survive.
import { findNodeAtLocation, modify, parseTree, type Node, type ParseError } from 'jsonc-parser/lib/esm/main.js';
import type { TextEdit } from '../types';
import { MAX_PHRASE_WORDS, PACKAGE_JSON_KEY, isPackageJson } from './configFile';
import { phraseWordCount } from './phrases';

export type PhraseList = 'allow' | 'flag';

export interface ConfigFileTarget {
  /** The file to write: the nearest config file, or where a new one goes. */
  path: string;
  /** The path the fix's title names (relative to the workspace folder). */
  displayPath: string;
  /** Its text; undefined when it does not exist yet and is to be created. */
  text?: string;
}

export interface ConfigFileEdit {
  title: string;
  path: string;
  /** The file does not exist: it is created, and `edits` (one insertion) give its whole text. */
  create: boolean;
  /** Offsets into the current text (empty when created). */
  edits: TextEdit[];
}

/** A new config file: a pointer to the docs, then what the fix adds. */
const NEW_FILE = '// invite-lint project config: https://github.com/invite-lint/invite-lint#project-config\n{}\n';
const WORD_CHARACTER = /[\p{L}\p{N}]/u;
/** A selection longer than this is no phrase. */
const MAX_SELECTION = 200;

const TITLES: Record<PhraseList, (phrase: string, file: string) => string> = {
  allow: (phrase, file) => `Allow '${phrase}' in this project (${file})`,
  flag: (phrase, file) => `Flag '${phrase}' as a cliché (${file})`,
};

/**
 * The edit that adds `phrase` to a phrase list of the target file, or undefined when it cannot be done cleanly: the
 * file does not parse (an edit could land anywhere), a key on the way holds something else than an object or list,
 * or the list already has the phrase.
 */
export function addPhraseEdit(target: ConfigFileTarget, list: PhraseList, phrase: string): ConfigFileEdit | undefined {
  const create = target.text === undefined;
  const text = target.text ?? NEW_FILE;
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  if (!root || errors.length > 0 || root.type !== 'object') return undefined;
  const base = isPackageJson(target.path) ? [PACKAGE_JSON_KEY] : [];
  const path = [...base, 'phrases', list];
  for (let depth = 1; depth <= path.length; depth++) {
    const node = findNodeAtLocation(root, path.slice(0, depth));
    if (node && node.type !== (depth === path.length ? 'array' : 'object')) return undefined;
  }
  const existing = findNodeAtLocation(root, path);
  if (existing && listHas(existing, phrase)) return undefined;
  const edits = modify(text, [...path, -1], phrase, { formattingOptions: formattingOf(text) }).map(({ offset, length, content }) => ({ start: offset, end: offset + length, newText: content }));
  return {
    title: TITLES[list](phrase, target.displayPath),
    path: target.path,
    create,
    edits: create ? [{ start: 0, end: 0, newText: applyTo(text, edits) }] : edits,
  };
}

/**
 * The phrase a selection holds, as a phrase list takes it: white space collapsed, punctuation around it dropped.
 * Undefined for what is no phrase: no words, more than a phrase list allows, code or comment markers.
 */
export function phraseFromSelection(selection: string): string | undefined {
  if (selection.length > MAX_SELECTION || /[`]|<!--|-->/.test(selection)) return undefined;
  const collapsed = selection.replace(/\s+/g, ' ');
  let start = 0;
  let end = collapsed.length;
  while (start < end && !WORD_CHARACTER.test(collapsed[start])) start++;
  while (end > start && !WORD_CHARACTER.test(collapsed[end - 1])) end--;
  const phrase = collapsed.slice(start, end);
  const words = phraseWordCount(phrase);
  return words > 0 && words <= MAX_PHRASE_WORDS ? phrase : undefined;
}

function listHas(list: Node, phrase: string): boolean {
  const wanted = normalize(phrase);
  return (list.children ?? []).some((entry) => {
    const value = entry.type === 'object' ? findNodeAtLocation(entry, ['phrase'])?.value : entry.value;
    return typeof value === 'string' && normalize(value) === wanted;
  });
}

function normalize(phrase: string): string {
  return phrase.toLowerCase().replace(/\s+/g, ' ').trim();
}

/** The file's own indentation and line breaks, so the added lines look like the rest. */
function formattingOf(text: string): { insertSpaces: boolean; tabSize: number; eol: string } {
  const indent = /^([ \t]+)\S/m.exec(text)?.[1];
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  if (indent?.startsWith('\t')) return { insertSpaces: false, tabSize: 1, eol };
  return { insertSpaces: true, tabSize: indent ? indent.length : 2, eol };
}

function applyTo(text: string, edits: readonly TextEdit[]): string {
  let result = text;
  for (const edit of [...edits].sort((a, b) => b.start - a.start)) result = result.slice(0, edit.start) + edit.newText + result.slice(edit.end);
  return result;
}
