import { completeDirective } from './directives';
import { opensFrontMatter, parseFrontMatter, parseFrontMatterRange } from '../text/frontMatter';
import { FRONT_MATTER_KEYS, describeValue, frontMatterKey } from './frontMatterKeys';
import { TEMPLATES, type Template } from './scenarios';
import { renderSnippet } from './snippet';
import { KINDS, isOneOf } from '../vocabulary';
import type { OffsetRange } from '../types';

export interface Suggestion {
  label: string;
  /** What typing matches besides the label (a template's id). */
  filterText?: string;
  kind: 'key' | 'value' | 'template';
  detail: string;
  /** Markdown. */
  documentation: string;
  /** Replaces `range`; a snippet (tab stops) when `snippet` is set. */
  newText: string;
  snippet: boolean;
  range: OffsetRange;
}

/**
 * Completion at an offset: front matter keys and values inside the front matter, directives and rule names inside
 * `<!-- invite-lint-... -->`, draft templates in an empty body.
 */
export function complete(text: string, offset: number): Suggestion[] {
  const lineStart = Math.max(text.lastIndexOf('\n', offset - 1), text.lastIndexOf('\r', offset - 1)) + 1;
  const prefix = text.slice(lineStart, offset);
  const front = parseFrontMatterRange(text);
  if (front && offset >= front.contentStart && offset <= front.contentEnd) return completeFrontMatter(text, lineStart, prefix, offset);
  // A front matter being written has no closing `---` yet: everything below the opening one is front matter so far.
  if (!front && opensFrontMatter(text) && lineStart > 0) return completeFrontMatter(`${text.slice(0, lineStart)}---\n`, lineStart, prefix, offset);
  const bodyStart = front?.end ?? 0;
  const directive = offset >= bodyStart ? completeDirective(text, offset) : undefined;
  if (directive) return directive;
  if (offset < bodyStart || !/^[\p{L}\p{N}-]*$/u.test(prefix)) return [];
  // Templates start a draft: offered only while the body holds nothing but the word being typed.
  if ((text.slice(bodyStart, lineStart) + text.slice(offset)).trim() !== '') return [];
  return TEMPLATES.map((template) => {
    const [title, ...purpose] = template.description.split('. ');
    return {
    label: title,
    filterText: `${template.id} ${title}`,
    kind: 'template',
    detail: purpose.join('. ') || title,
    documentation: templatePreview(template, !front),
    newText: front ? template.bodySnippet : template.snippet,
    snippet: true,
    range: { start: lineStart, end: offset },
    };
  });
}

/** `text` is the draft, or, while the front matter is unclosed, the part above the line being typed with it closed there. */
function completeFrontMatter(text: string, lineStart: number, prefix: string, offset: number): Suggestion[] {
  const keyBeingTyped = /^([ \t]*)([\w-]*)$/.exec(prefix);
  if (keyBeingTyped) {
    const entries = parseFrontMatter(text)?.entries ?? [];
    const present = new Set(entries.map((entry) => entry.key));
    const kindValue = entries.find((entry) => entry.key === 'kind')?.value;
    const kind = isOneOf(KINDS, kindValue) ? kindValue : 'invite';
    const start = lineStart + keyBeingTyped[1].length;
    return Object.entries(FRONT_MATTER_KEYS)
      .filter(([key, { kinds, written }]) => !written && (!present.has(key) || key === keyBeingTyped[2]) && (!kinds || kinds.includes(kind)))
      .map(([key, { description, values }]) => ({
        label: key,
        kind: 'key',
        detail: values ? Object.keys(values).join(' | ') : 'text',
        documentation: description,
        newText: values ? `${key}: \${1|${Object.keys(values).join(',')}|}` : `${key}: $1`,
        snippet: true,
        range: { start, end: offset },
      }));
  }
  const valueBeingTyped = /^[ \t]*([\w-]+):[ \t]*([\w-]*)$/.exec(prefix);
  const values = valueBeingTyped ? frontMatterKey(valueBeingTyped[1])?.values : undefined;
  if (!valueBeingTyped || !values) return [];
  return Object.entries(values).map(([value, description]) => ({
    label: value,
    kind: 'value',
    detail: valueBeingTyped[1],
    documentation: description,
    newText: value,
    snippet: false,
    range: { start: offset - valueBeingTyped[2].length, end: offset },
  }));
}

/** Markdown explaining the front matter key or value under the offset. */
export function hover(text: string, offset: number): { contents: string; range: OffsetRange } | undefined {
  const front = parseFrontMatter(text);
  if (!front || offset < front.contentRange.start || offset > front.contentRange.end) return undefined;
  for (const entry of front.entries) {
    const key = frontMatterKey(entry.key);
    if (!key) continue;
    if (entry.keyRange.start <= offset && offset <= entry.keyRange.end) {
      const choices = key.values ? `\n\nValues: ${Object.keys(key.values).map((value) => `\`${value}\``).join(', ')}.` : '';
      return { contents: `**${entry.key}**: ${key.description}${choices}`, range: entry.keyRange };
    }
    const valueRange = entry.valueRange;
    const meaning = describeValue(key, entry.value);
    if (valueRange && valueRange.start <= offset && offset <= valueRange.end && meaning) {
      return { contents: `**${entry.key}: ${entry.value}**: ${meaning}`, range: valueRange };
    }
  }
  return undefined;
}

/**
 * What a template inserts, as the completion's documentation: the front matter it adds (when it adds one) as a short
 * YAML block, the message as prose, which wraps in the details pane (a code block would not, and would clip it).
 */
function templatePreview(template: Template, withFrontMatter: boolean): string {
  const prose = renderSnippet(template.bodySnippet).split('\n').map((line) => line.replace(/[\\`*_[\]<>#|]/g, '\\$&')).join('  \n');
  if (!withFrontMatter) return prose;
  const frontMatter = renderSnippet(template.snippet.slice(0, template.snippet.length - template.bodySnippet.length)).trim();
  return `\`\`\`yaml\n${frontMatter}\n\`\`\`\n\n${prose}`;
}
