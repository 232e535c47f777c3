/**
 * The subset of VS Code's snippet syntax the templates use: `$1`, `${1}`, `${1:default}` (nested),
 * `${1|a,b|}` and `\$`, `\}`, `\\` escapes.
 */
interface Placeholder {
  index: number;
  /** Default text already rendered, or undefined for a bare `$1` / `${1}`. */
  rendered?: string;
}

/**
 * The text a snippet inserts when nobody edits its tab stops (what non-snippet clients and previews get), or, with
 * `fill`, what a person typing into each tab stop would leave (tests use this to finish a fix as a user would).
 */
export function renderSnippet(snippet: string, fill?: (defaultText: string) => string): string {
  const defaults = new Map<number, string>();
  collectDefaults(snippet, defaults);
  if (fill) for (const [index, text] of defaults) defaults.set(index, fill(text));
  return render(snippet, defaults);
}

function collectDefaults(snippet: string, defaults: Map<number, string>): void {
  walk(snippet, (placeholder) => {
    if (placeholder.rendered !== undefined && !defaults.has(placeholder.index)) defaults.set(placeholder.index, placeholder.rendered);
  }, defaults);
}

function render(snippet: string, defaults: Map<number, string>): string {
  return walk(snippet, () => undefined, defaults);
}

function walk(snippet: string, visit: (placeholder: Placeholder) => void, defaults: Map<number, string>): string {
  let out = '';
  let i = 0;
  while (i < snippet.length) {
    const char = snippet[i];
    if (char === '\\' && i + 1 < snippet.length && '$}\\'.includes(snippet[i + 1])) {
      out += snippet[i + 1];
      i += 2;
      continue;
    }
    if (char === '$') {
      const bare = /^\$(\d+)/.exec(snippet.slice(i, i + 12));
      if (bare) {
        const index = Number(bare[1]);
        visit({ index });
        out += defaults.get(index) ?? '';
        i += bare[0].length;
        continue;
      }
      if (snippet[i + 1] === '{') {
        const head = /^\$\{(\d+)(:|\||\})/.exec(snippet.slice(i, i + 14));
        if (head) {
          const index = Number(head[1]);
          const bodyStart = i + head[0].length;
          if (head[2] === '}') {
            visit({ index });
            out += defaults.get(index) ?? '';
            i = bodyStart;
            continue;
          }
          const bodyEnd = findClosingBrace(snippet, bodyStart);
          const body = snippet.slice(bodyStart, bodyEnd);
          const rendered = head[2] === '|' ? body.replace(/\|$/, '').split(',')[0] : walk(body, visit, defaults);
          visit({ index, rendered });
          out += defaults.get(index) ?? rendered;
          i = bodyEnd + 1;
          continue;
        }
      }
    }
    out += char;
    i++;
  }
  return out;
}

function findClosingBrace(snippet: string, from: number): number {
  let depth = 0;
  for (let i = from; i < snippet.length; i++) {
    const char = snippet[i];
    if (char === '\\') i++;
    else if (char === '$' && snippet[i + 1] === '{') {
      depth++;
      i++;
    } else if (char === '}') {
      if (depth === 0) return i;
      depth--;
    }
  }
  return snippet.length;
}

/** Renumbers tab stops from 1 in order of first appearance, so a template fragment works as a snippet of its own. */
export function renumberTabStops(snippet: string): string {
  const numbers = new Map<string, number>();
  return snippet.replace(/(?<!\\)\$(\{)?(\d+)/g, (_match, brace: string | undefined, index: string) => {
    if (index === '0') return `$${brace ?? ''}0`;
    if (!numbers.has(index)) numbers.set(index, numbers.size + 1);
    return `$${brace ?? ''}${numbers.get(index)}`;
  });
}

/** Escapes literal text for use inside a snippet. */
export function escapeSnippet(text: string): string {
  return text.replace(/[\\$}]/g, (char) => `\\${char}`);
}
