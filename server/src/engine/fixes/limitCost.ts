import type { Draft } from '../draft/draft';
import { renderSnippet } from '../assist/snippet';
import type { Diagnostic, Fix } from '../types';

/**
 * How many characters a fix adds to the message: its body edits' text (tab stops counted empty, since what the writer
 * types there comes on top) less the text they replace. Suppressions and front matter edits add nothing to the message.
 */
export function addedCharacters(draft: Draft, fix: Fix): { characters: number; typing: boolean } {
  if (fix.suppression) return { characters: 0, typing: false };
  let characters = 0;
  let typing = false;
  for (const edit of fix.edits) {
    if (edit.start < draft.bodyStart) continue;
    const inserted = edit.snippet ? renderSnippet(edit.newText, () => '') : edit.newText;
    typing ||= edit.snippet === true && inserted !== renderSnippet(edit.newText);
    characters += inserted.length - (edit.end - edit.start);
  }
  return { characters, typing };
}

/** Whether the message is over LinkedIn's limit for its kind (none for kinds without one). */
export function overItsLimit(draft: Draft): boolean {
  const limit = draft.limit?.characters;
  return limit !== undefined && draft.message.text.length > limit;
}

/**
 * A note over its limit needs cutting, not more text. Over the limit the tips of rules that ask for more text (absence
 * rules at info) are not shown, unless their fix takes text out; and a fix that adds text says what it costs whenever
 * the note is over its limit or the fix would take it over: "Insert who you are (adds 9+ characters to a note at 310/200)".
 */
export function mindTheLimit(draft: Draft, diagnostics: Diagnostic[], asksForText: (rule: string) => boolean): Diagnostic[] {
  const limit = draft.limit?.characters;
  if (limit === undefined) return diagnostics;
  const length = draft.message.text.length;
  const over = length > limit;
  // Over the limit, an info-level "say more" is dropped; one whose fix takes text out ("remove the job request") helps.
  const shortens = (d: Diagnostic) => d.fixes.some((fix) => !fix.suppression && addedCharacters(draft, fix).characters < 0);
  const kept = over ? diagnostics.filter((d) => !(d.severity === 'info' && asksForText(d.rule)) || shortens(d)) : diagnostics;
  for (const diagnostic of kept) {
    diagnostic.fixes = diagnostic.fixes.map((fix) => {
      const { characters, typing } = addedCharacters(draft, fix);
      if (characters <= 0 || (!over && length + characters <= limit)) return fix;
      return { ...fix, title: `${fix.title} (adds ${characters}${typing ? '+' : ''} characters to a note at ${length}/${limit})` };
    });
  }
  return kept;
}
