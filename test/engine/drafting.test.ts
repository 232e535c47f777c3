// Issue 10: fixes that read like a person wrote them, each bracketed slot a tab stop of its own.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { DEFAULT_CONFIG, Draft, RULES, TEMPLATES, applyEdits, complete, lint, type Diagnostic, type Fix } from '../../server/src/engine';
import { fixAllEdits, fixAllReport } from '../../server/src/engine/fixes/fixAll';
import { quickFixMenu } from '../../server/src/engine/fixes/quickFixMenu';
import { checkDraft } from '../support/checkFixes';
import { loadCorpus } from '../support/corpus';
import { everyDraft } from '../support/drafts';
import { fixtureDir } from '../support/paths';

const diagnosticOf = (text: string, rule: string): Diagnostic => {
  const found = lint(text, DEFAULT_CONFIG).diagnostics.find((d) => d.rule === rule);
  assert.ok(found, `no ${rule} in ${JSON.stringify(text)}`);
  return found;
};
const realFix = (d: Diagnostic): Fix => {
  const found = d.fixes.find((fix) => !fix.suppression);
  assert.ok(found, `${d.rule} offers no fix`);
  return found;
};
const fixed = (text: string, rule: string) => applyEdits(text, realFix(diagnosticOf(text, rule)).edits);

/**
 * Every `[slot]` a snippet inserts must be a tab stop of its own with the slot as its text, and tab stops must come in
 * reading order, so Tab walks the slots one by one. Returns what is wrong, or an empty list.
 */
function slotProblems(snippet: string): string[] {
  const problems: string[] = [];
  const order: number[] = [];
  const rest = snippet.replace(/\\[\\$}]/g, '_').replace(/\$\{(\d+):([^$}]*)\}/g, (_all, index: string, text: string) => {
    order.push(Number(index));
    if (text.includes('[') && !/^\[[^[\]]*\]$/.test(text)) problems.push(`tab stop ${index} holds more than one slot: "${text}"`);
    return '';
  });
  if (/\$\{\d+:/.test(rest)) problems.push(`a tab stop holds another tab stop: ${snippet}`);
  if (/\[[^\]]*\]/.test(rest.replace(/\$\{\d+\|[^}]*\}/g, ''))) problems.push(`a [slot] that is not a tab stop: ${snippet}`);
  const firsts = order.filter((index, at) => order.indexOf(index) === at);
  if (firsts.some((index, at) => at > 0 && index < firsts[at - 1])) problems.push(`tab stops out of reading order (${firsts.join(', ')}): ${snippet}`);
  return problems;
}

describe('every bracketed slot a fix or template inserts is its own tab stop, in reading order', () => {
  it('holds for every scenario template', () => {
    for (const template of TEMPLATES) assert.deepEqual(slotProblems(template.snippet), [], template.id);
  });

  it('holds for every snippet fix offered on the fixtures and the corpus', () => {
    const drafts = [
      ...readdirSync(fixtureDir).filter((file) => file.endsWith('.invite.md')).map((file) => readFileSync(join(fixtureDir, file), 'utf8')),
      ...loadCorpus().map((draft) => draft.text),
      'Hi Omar,\n\nI think we should connect.',
      '---\nscenario: met-at-event\n---\n\nHi Omar,\n\nI think we should connect.',
    ];
    let snippets = 0;
    for (const text of drafts) {
      for (const d of lint(text, DEFAULT_CONFIG).diagnostics) {
        for (const fix of d.fixes) {
          for (const edit of fix.edits.filter((candidate) => candidate.snippet)) {
            snippets++;
            assert.deepEqual(slotProblems(edit.newText), [], `${d.rule}: ${fix.title}`);
          }
        }
      }
    }
    assert.ok(snippets > 20, `only ${snippets} snippet fixes were checked`);
  });

  it('the shared-context sentence has [event] and [when] as two tab stops', () => {
    const edit = realFix(diagnosticOf('Hi Omar,\n\nI think we should connect.', 'no-shared-context')).edits[0];
    assert.equal(edit.newText, 'We met at ${1:[event]} ${2:[when]}. ');
  });
});

describe('the stock-line fix never adds context the draft already has', () => {
  const stock = "I'd like to add you to my professional network on LinkedIn.";

  it("uses the front matter's context when there is one", () => {
    const text = `---\nto: Dana\ncontext: We met at the Denver product meetup last Thursday\n---\n\nHi Dana,\n\n${stock}`;
    assert.match(fixed(text, 'stock-invite'), /Hi Dana,\n\nWe met at the Denver product meetup last Thursday\. \[Why you'd like to connect\]\.$/);
  });

  it('after the shared context was inserted, it asks only why you would like to connect', () => {
    const text = `---\nto: Dana\ncontext: We met at the Denver product meetup last Thursday\n---\n\nHi Dana,\n\n${stock}`;
    const withContext = applyEdits(text, realFix(diagnosticOf(text, 'no-shared-context')).edits);
    const result = fixed(withContext, 'stock-invite');
    assert.match(result, /We met at the Denver product meetup last Thursday\. \[Why you'd like to connect\]\.$/);
    assert.equal(result.match(/Denver/g)?.length, 2, 'once in the front matter, once in the body');
    assert.doesNotMatch(result, /How you know or found them/);
  });

  it('without any context it still asks how you know them', () => {
    assert.match(fixed(`---\nto: Dana\n---\n\nHi Dana,\n\n${stock}`, 'stock-invite'), /\[How you know or found them\]\. \[Why you'd like to connect\]\./);
  });
});

describe('inserted text reads naturally', () => {
  const greetingFix = (to: string) => fixed(`---\nto: "${to}"\n---\n\nI think we should connect.`, 'no-greeting');

  it('greets by first name, not the full name', () => {
    assert.match(greetingFix('Marta Kowalska'), /\n\nHi Marta,\n\nI think/);
  });

  it('greets "Dr." with the family name', () => {
    assert.match(greetingFix('Dr. Priya Raman'), /\n\nHi Dr\. Raman,\n\n/);
    assert.match(greetingFix('Dr Chen'), /\n\nHi Dr Chen,\n\n/);
  });

  it('reads family-name-first names, with a comma or the family name in capitals', () => {
    assert.match(greetingFix('Kowalska, Marta'), /\n\nHi Marta,\n\n/);
    assert.match(greetingFix('TANAKA Yuki'), /\n\nHi Yuki,\n\n/);
  });

  it('fills a name placeholder in the greeting with the first name', () => {
    const text = '---\nto: Marta Kowalska\n---\n\nHi {{name}},\n\nWe met at PyCon Berlin. I enjoyed your talk on parsers.';
    assert.match(fixed(text, 'unfilled-placeholder'), /Hi Marta,/);
  });

  it('folds when you met into the sentence that names the event', () => {
    const text = "---\nto: Priya\nscenario: met-at-event\n---\n\nHi Priya,\n\nIt was great meeting you at the Denver product meetup, and your point on activation stuck with me. I'd love to keep in touch.";
    const d = lint(text, DEFAULT_CONFIG).diagnostics.find((candidate) => candidate.rule === 'missing-scenario-detail' && /when you met/.test(candidate.message));
    assert.ok(d, 'when you met is missing');
    assert.match(applyEdits(text, realFix(d).edits), /at the Denver product meetup \[when, e\.g\. last Thursday\], and your point/);
  });

  it('asks for the event and when in one sentence when both are missing', () => {
    const text = "---\nto: Priya\nscenario: met-at-event\n---\n\nHi Priya,\n\nYour point on activation stuck with me. I'd love to keep in touch.";
    const found = lint(text, DEFAULT_CONFIG).diagnostics.filter((candidate) => candidate.rule === 'missing-scenario-detail');
    assert.equal(found.length, 2);
    for (const d of found) assert.match(applyEdits(text, realFix(d).edits), /Hi Priya,\n\nWe met at \[event\] \[when\]\. Your point/);
  });
});

describe('the quick-fix menu', () => {
  const stockDraft = "---\nto: Dana\n---\n\nHi Dana,\n\nI'd like to add you to my professional network on LinkedIn.";
  const onStockLine = (text: string) => {
    const line = diagnosticOf(text, 'stock-invite');
    return lint(text, DEFAULT_CONFIG).diagnostics.filter((d) => d.start < line.end && d.end > line.start);
  };

  it('lists the real fixes first, preferred, and the suppressions last, never preferred', () => {
    const menu = quickFixMenu(onStockLine(stockDraft));
    assert.equal(menu[0].fix.title, 'Replace the stock line with a personal opener');
    assert.equal(menu[0].fix.isPreferred, true);
    const firstSuppression = menu.findIndex((entry) => entry.fix.suppression);
    assert.ok(firstSuppression > 0);
    assert.ok(menu.slice(firstSuppression).every((entry) => entry.fix.suppression && !entry.fix.isPreferred), menu.map((entry) => entry.fix.title).join(' | '));
    assert.ok(menu.slice(0, firstSuppression).every((entry) => !entry.fix.suppression));
  });

  it('offers each suppression once, however many diagnostics of its rule share the line', () => {
    const text = '---\nto: Dana\n---\n\nHi Dana,\n\nI came across your profile and want to expand my network.';
    const generic = lint(text, DEFAULT_CONFIG).diagnostics.filter((d) => d.rule === 'generic-phrase');
    assert.equal(generic.length, 2);
    const titles = quickFixMenu(generic).map((entry) => entry.fix.title);
    assert.equal(titles.filter((title) => title === 'Disable generic-phrase for this line').length, 1, titles.join(' | '));
    assert.equal(titles.filter((title) => title === 'Disable generic-phrase for this file').length, 1);
  });

  it('offers one "Disable … for this line" and one "… for this file" naming every rule of the line, as one comment', () => {
    const menu = quickFixMenu(onStockLine(stockDraft));
    const titles = menu.map((entry) => entry.fix.title);
    assert.deepEqual(titles.slice(-2), [
      'Disable stock-invite, no-shared-context, no-reason for this line',
      'Disable stock-invite, no-shared-context, no-reason for this file',
    ]);
    assert.equal(menu.filter((entry) => entry.fix.suppression).length, 2, titles.join(' | '));
    const [line, file] = menu.slice(-2);
    assert.equal(line.diagnostics.length, 3, 'the line entry answers all three diagnostics');
    assert.deepEqual(line.fix.edits.map((edit) => edit.newText), ['<!-- invite-lint-disable-line stock-invite no-shared-context no-reason -->']);
    assert.deepEqual(file.fix.edits.map((edit) => edit.newText), ['<!-- invite-lint-disable stock-invite no-shared-context no-reason -->\n']);
  });

  it('the combined suppressions silence exactly their rules: on the line, or in the file', () => {
    // The stock line twice: the first line also lacks shared context, the second a reason.
    const text = `${stockDraft}\n\nI'd like to add you to my professional network on LinkedIn.`;
    const firstLine = lint(text, DEFAULT_CONFIG).diagnostics.filter((d) => d.start === diagnosticOf(text, 'stock-invite').start);
    const menu = quickFixMenu(firstLine);
    const rulesAfter = (title: string) => {
      const entry = menu.find((candidate) => candidate.fix.title === title);
      assert.ok(entry, `${title} offered; got ${menu.map((candidate) => candidate.fix.title).join(' | ')}`);
      return lint(applyEdits(text, entry.fix.edits), DEFAULT_CONFIG).diagnostics.map((d) => d.rule);
    };
    // no-self-intro (info: a stranger, as nothing ties the sender to Dana) sits on the greeting, not the stock line.
    assert.deepEqual(lint(text, DEFAULT_CONFIG).diagnostics.map((d) => d.rule), ['no-self-intro', 'stock-invite', 'no-shared-context', 'stock-invite', 'no-reason']);
    assert.deepEqual(rulesAfter('Disable stock-invite, no-shared-context for this line'), ['no-self-intro', 'stock-invite', 'no-reason'], 'the second stock line is still flagged');
    assert.deepEqual(rulesAfter('Disable stock-invite, no-shared-context for this file'), ['no-self-intro', 'no-reason']);
  });

  it('keeps the one-rule titles for a lone diagnostic', () => {
    const titles = quickFixMenu([diagnosticOf(stockDraft, 'stock-invite')]).map((entry) => entry.fix.title);
    assert.deepEqual(titles.filter((title) => title.startsWith('Disable')), ['Disable stock-invite for this line', 'Disable stock-invite for this file']);
  });

  it('checks every fix of the fixtures, combined suppressions included, by applying it and linting again', () => {
    let combined = 0;
    for (const file of readdirSync(fixtureDir).filter((name) => name.endsWith('.invite.md'))) {
      const text = readFileSync(join(fixtureDir, file), 'utf8');
      assert.deepEqual(checkDraft(text).problems, [], file);
      const lines = new Map<number, Set<string>>();
      for (const d of lint(text, DEFAULT_CONFIG).diagnostics) {
        const line = text.slice(0, d.start).split('\n').length;
        lines.set(line, (lines.get(line) ?? new Set()).add(d.rule));
      }
      combined += [...lines.values()].filter((rules) => rules.size > 1).length;
    }
    assert.ok(combined > 5, `only ${combined} lines with several rules among the fixtures`);
  });

  it('preselects a real fix on an unfilled placeholder: the placeholder selected for typing, not a suppression', () => {
    const text = '---\nto: Dana\n---\n\nHi Dana,\n\nWe met at [Company] last week, and I enjoyed your talk.';
    const [first] = quickFixMenu([diagnosticOf(text, 'unfilled-placeholder')]);
    assert.equal(first.fix.title, 'Fill in [Company]');
    assert.equal(first.fix.isPreferred, true);
    assert.equal(first.fix.edits[0].newText, '${1:[Company]}');
  });
});

describe("a template's completion preview", () => {
  const preview = (text: string) => complete(text, text.length).find((suggestion) => suggestion.label === 'Met at an event')!;

  it('shows the front matter a whole-file template adds as a YAML block, then the message as prose', () => {
    // The code block is also what has VS Code measure the details pane again once it has its width (else its first
    // showing is measured too short and scrolls).
    assert.equal(
      preview('').documentation,
      '```yaml\n---\nto: "[Name]"\nscenario: met-at-event\nkind: invite\n---\n```\n\nHi \\[Name\\],  \n  \nIt was great meeting you at \\[event\\] \\[when\\]. ' +
        "\\[One detail from your conversation\\] stuck with me, and I'd love to keep in touch.",
    );
  });

  it('shows only the message under a front matter the draft already has, as nothing else is inserted', () => {
    const { documentation, newText } = preview('---\nto: Dana\n---\n\n');
    assert.doesNotMatch(newText, /^---/);
    assert.match(documentation, /^Hi \\\[Name\\\],/);
  });
});

describe('over the limit, no suggestion adds text without saying what it costs', () => {
  const long = 'I run the data platform team at Acme and we have been rebuilding our pipelines around streaming for a year. '.repeat(3);

  it('drops the info tips that ask for more text once the note is over its limit', () => {
    const text = `---\nto: Dana\nrelationship: stranger\n---\n\nHi Dana,\n\nYour talk at PyCon Berlin was great. ${long.replace(/I run/g, 'Someone runs')}`;
    const rules = lint(text, DEFAULT_CONFIG).diagnostics.map((d) => d.rule);
    assert.ok(rules.includes('too-long'));
    assert.ok(!rules.includes('no-self-intro'), rules.join(', '));
    const short = '---\nto: Dana\nrelationship: stranger\n---\n\nHi Dana,\n\nYour talk at PyCon Berlin was great.';
    assert.ok(lint(short, DEFAULT_CONFIG).diagnostics.some((d) => d.rule === 'no-self-intro'), 'within the limit the tip stays');
  });

  it('keeps the tip of an absence rule set above info over the limit (lint skips such rules only at info)', () => {
    const text = `---\nto: Dana\nrelationship: stranger\n---\n\nHi Dana,\n\nYour talk at PyCon Berlin was great. ${long.replace(/I run/g, 'Someone runs')}`;
    const config = { ...DEFAULT_CONFIG, rules: { 'no-self-intro': 'warning' as const } };
    assert.ok(lint(text, config).diagnostics.some((d) => d.rule === 'no-self-intro' && d.severity === 'warning'));
  });

  it('absence rules report no severity of their own on any draft of the corpora, so at info they are dropped over the limit and lint need not run them', () => {
    const raised: string[] = [];
    for (const { file, text } of everyDraft()) {
      const draft = new Draft(text, DEFAULT_CONFIG);
      for (const rule of RULES.filter((each) => each.kind === 'absence' && !each.workspace)) {
        rule.check(draft, (hit) => {
          if (hit.severity !== undefined) raised.push(`${rule.name} in ${file}`);
        });
      }
    }
    assert.deepEqual(raised, []);
  });

  it('says the cost in the title of a fix that adds text to a note over its limit', () => {
    const text = `---\nto: Dana\n---\n\n${long}`;
    const greeting = realFix(diagnosticOf(text, 'no-greeting'));
    assert.match(greeting.title, /^Greet Dana by name \(adds 10 characters to a note at \d{3}\/200\)$/);
  });

  it('leaves titles alone within the limit', () => {
    assert.equal(realFix(diagnosticOf('---\nto: Dana\n---\n\nWe met at PyCon Berlin.', 'no-greeting')).title, 'Greet Dana by name');
  });
});

describe('fix all says what it did and what still needs the writer', () => {
  it('counts the fixed problems and names those that need typing or have no fix', () => {
    const text = "---\nto: Zoë\n---\nHi there,\n\nI'd like to add you to my professional network on LinkedIn. Can you refer me for the role?\n";
    const diagnostics = lint(text, DEFAULT_CONFIG).diagnostics;
    const report = fixAllReport(diagnostics, fixAllEdits(diagnostics).applied);
    assert.match(report, /^Fixed 1 problem \(no-greeting\)\. Still to do: \d need(s)? your words \([^)]*stock-invite[^)]*: Ctrl\+\. inserts/);
    assert.match(report, /no automatic fix \([^)]*early-ask[^)]*\)\.$/);
  });
});
