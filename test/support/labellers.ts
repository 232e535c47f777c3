import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { blindDir } from './corpus';

/** One blind draft's two independent labels, before any disagreement was settled (test/blind/labellers.tsv). */
export interface LabellerRow {
  id: string;
  writer: Label;
  /** Undefined while no second reader has labelled the draft ("not read" in the file). */
  reader?: Label;
}

export interface Label {
  bad: boolean;
  rules: Set<string>;
}

export interface Agreement {
  drafts: number;
  identical: number;
  /** Of the rules one labeller expects, the share the other expects too (the tool's recall, with a human in its place). */
  readerRecallOfWriter: number;
  writerRecallOfReader: number;
  /** Drafts one labeller calls good and the other bad: what "a good draft flagged" is between two careful people. */
  goodCalledBad: number;
  good: number;
}

export const labellersFile = join(blindDir, 'labellers.tsv');
export const NOT_READ = 'not read';

function parseLabel(cell: string, where: string): Label {
  const match = /^(good|bad): (.*)$/.exec(cell);
  if (!match) throw new Error(`${where}: "${cell}" is not "good|bad: rule, rule" or "good|bad: none"`);
  return { bad: match[1] === 'bad', rules: new Set(match[2] === 'none' ? [] : match[2].split(', ')) };
}

export function loadLabellers(file = labellersFile): LabellerRow[] {
  const [, ...lines] = readFileSync(file, 'utf8').trimEnd().split('\n');
  return lines.map((line, index) => {
    const [id, writer, reader] = line.split('\t');
    const where = `${file}:${index + 2}`;
    return { id, writer: parseLabel(writer, where), reader: reader === NOT_READ ? undefined : parseLabel(reader, where) };
  });
}

/** The blind drafts' ids by folder (train, dev, test, fresh, fresh2, ...). */
export function blindIdsBySet(): Map<string, Set<string>> {
  const sets = new Map<string, Set<string>>();
  for (const entry of readdirSync(blindDir, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const ids = readdirSync(join(blindDir, entry.name)).filter((file) => file.endsWith('.invite.md'));
    sets.set(entry.name, new Set(ids.map((file) => file.slice(0, -'.invite.md'.length))));
  }
  return sets;
}

/** Over the drafts both labelled; a draft with no second reading yet is left out. */
export function agreement(rows: LabellerRow[]): Agreement {
  let identical = 0, shared = 0, writerRules = 0, readerRules = 0, goodCalledBad = 0, good = 0, drafts = 0;
  for (const { writer, reader } of rows) {
    if (!reader) continue;
    drafts++;
    const both = [...writer.rules].filter((rule) => reader.rules.has(rule)).length;
    shared += both;
    writerRules += writer.rules.size;
    readerRules += reader.rules.size;
    if (writer.bad === reader.bad && both === writer.rules.size && both === reader.rules.size) identical++;
    // Counted both ways, as either labeller could be the one whose "good" the tool is measured against.
    good += Number(!writer.bad) + Number(!reader.bad);
    goodCalledBad += Number(writer.bad !== reader.bad);
  }
  return {
    drafts,
    identical,
    readerRecallOfWriter: shared / writerRules,
    writerRecallOfReader: shared / readerRules,
    goodCalledBad,
    good,
  };
}

const pct = (share: number) => `${(100 * share).toFixed(1)}%`;

export function formatAgreement(name: string, result: Agreement): string {
  if (result.drafts === 0) return `${name}: no draft has a second reading yet`;
  return (
    `${name}: ${result.drafts} drafts, identical labels on ${result.identical} (${pct(result.identical / result.drafts)}); ` +
    `rule recall of one labeller against the other ${pct(result.readerRecallOfWriter)} / ${pct(result.writerRecallOfReader)}; ` +
    `a draft one calls good the other calls bad ${result.goodCalledBad} times of ${result.good} "good" calls (${pct(result.goodCalledBad / result.good)})`
  );
}
