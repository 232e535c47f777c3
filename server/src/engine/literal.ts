import { maskText, scanMarkdown } from './markdown';
import { extractMessage } from './message';
import { findPlaceholders } from './placeholders';

/**
 * Why a piece of text (a front matter value) cannot be inserted into the body as it stands, or undefined when it
 * reaches LinkedIn exactly as written. Markdown has no escape that survives into the message: a comment would hide
 * what follows, emphasis markers would vanish, a backtick could pair with one elsewhere and hide prose from the linter.
 */
export function notLiteral(text: string): string | undefined {
  if (/[\r\n]/.test(text)) return 'a line break';
  if (text.includes('<!--')) return 'a comment opener `<!--`';
  if (text.includes('`')) return 'a backtick';
  const layout = scanMarkdown(text, 0);
  const prose = maskText(text, layout.excluded);
  if (extractMessage(text, 0, prose, layout.comments).text !== text.trim()) return 'Markdown emphasis';
  if (findPlaceholders(prose, 0).length > 0) return 'a placeholder';
  return undefined;
}
