import templates from '../../../../snippets/scenarios.json';
import { renderSnippet, renumberTabStops } from './snippet';

/** A draft template from `snippets/scenarios.json`: one per scenario, and one for an InMail. */
export interface Template {
  id: string;
  /** "Met at an event. Names the event and when, ..." */
  description: string;
  /** The whole template as a snippet, front matter included. */
  snippet: string;
  /** The template without its front matter, for drafts that already have one. */
  bodySnippet: string;
  /** What the template reads like with its tab stops unfilled. */
  preview: string;
}

/** A scenario of the catalogue is known by its template, the one whose front matter names it. */
export type Scenario = Template;

interface SnippetEntry {
  prefix: string[];
  description: string;
  body: string[];
}

/** Every template, from `snippets/scenarios.json`, the one source VS Code's snippets and the New invite command also use. */
export const TEMPLATES: readonly Template[] = Object.entries(templates as Record<string, SnippetEntry>).map(([id, entry]) => {
  const snippet = entry.body.join('\n');
  const closing = entry.body.indexOf('---', 1);
  const bodyLines = entry.body.slice(closing + 1);
  while (bodyLines[0] === '') bodyLines.shift();
  const bodySnippet = bodyLines.join('\n');
  return { id, description: entry.description, snippet, bodySnippet, preview: renderSnippet(snippet) };
});

/** Every scenario of the catalogue: the templates whose front matter says `scenario: <their id>` (the InMail one does not). */
export const SCENARIOS: readonly Scenario[] = TEMPLATES.filter((template) => template.snippet.split('\n').includes(`scenario: ${template.id}`));

export function findScenario(id: string | undefined): Scenario | undefined {
  return SCENARIOS.find((scenario) => scenario.id === id);
}

/** The scenario's opening paragraph (after the greeting) as a snippet of its own. */
export function scenarioOpener(scenario: Scenario): string {
  const paragraphs = scenario.bodySnippet.split(/\n\s*\n/);
  const opener = paragraphs.length > 1 ? paragraphs[1] : paragraphs[0].replace(/^[^,]*,\s*/, '');
  return renumberTabStops(opener.trim());
}
