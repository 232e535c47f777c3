import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import {
  DEFAULT_CONFIG,
  Draft,
  LineIndex,
  RULES,
  RULE_NAMES,
  SCENARIOS,
  applyEdits,
  configFromSettings,
  lint,
  renderSnippet,
  type EngineConfig,
} from '../../server/src/engine';
import { scenarioOpener } from '../../server/src/engine/assist/scenarios';
import { repoRoot } from '../support/paths';

const rulesOf = (text: string, config: EngineConfig = DEFAULT_CONFIG) => lint(text, config).diagnostics.map((d) => d.rule);
const hitsOf = (text: string, rule: string, config: EngineConfig = DEFAULT_CONFIG) =>
  lint(text, config).diagnostics.filter((d) => d.rule === rule).map((d) => text.slice(d.start, d.end));

describe('LineIndex', () => {
  it('counts CRLF, lone CR and LF as one break each', () => {
    const lines = new LineIndex('a\r\nb\rc\nd');
    assert.equal(lines.lineCount, 4);
    assert.deepEqual(lines.positionAt(3), { line: 1, character: 0 });
    assert.deepEqual(lines.positionAt(5), { line: 2, character: 0 });
    assert.equal(lines.lineEnd(0), 1);
    assert.equal(lines.eol, '\r\n');
  });

  it('counts characters in UTF-16 units, as LSP does (an emoji is two)', () => {
    const lines = new LineIndex('👋 Zoë');
    assert.deepEqual(lines.positionAt(3), { line: 0, character: 3 });
    assert.equal(lines.offsetAt({ line: 0, character: 3 }), 3);
    assert.equal(lines.offsetAt({ line: 5, character: 0 }), 6);
  });
});

describe('prose masking', () => {
  it('keeps offsets and hides code, comments, link targets and URLs', () => {
    const text = 'Hi `code` <!-- c --> [x](https://a.b/c) https://x.y/z ok\n```\nfenced\n```\nend';
    const draft = new Draft(text, DEFAULT_CONFIG);
    assert.equal(draft.prose.length, text.length);
    assert.equal(draft.words.map((w) => w.text).join(' '), 'Hi x ok end');
  });

  it('treats an unclosed comment as hiding the rest of the file', () => {
    const draft = new Draft("Hi Priya,\n<!-- I'd like to add you to my professional network", DEFAULT_CONFIG);
    assert.deepEqual(draft.words.map((w) => w.text), ['Hi', 'Priya']);
  });
});

describe('stock-invite matching', () => {
  for (const variant of [
    "I'd like to add you to my professional network on LinkedIn.",
    'I’d like to add you to my professional network on LinkedIn.',
    "I'D LIKE TO ADD YOU TO MY PROFESSIONAL NETWORK ON LINKEDIN.",
    'I would like to add you to my professional network.',
    "I'd love to add you to my professional network",
    "I'd like to add you\nto my _professional_ network\non **LinkedIn**.",
  ]) {
    it(`flags ${JSON.stringify(variant)}`, () => {
      assert.equal(hitsOf(variant, 'stock-invite').length, 1);
    });
  }

  it('covers the full stop so the fix replaces the whole line', () => {
    assert.deepEqual(hitsOf("I'd like to add you to my professional network on LinkedIn. Thanks", 'stock-invite'), [
      "I'd like to add you to my professional network on LinkedIn.",
    ]);
  });

  it('replaces the line with the scenario opener when the front matter names a scenario', () => {
    const text = "---\nscenario: met-at-event\n---\nHi Priya,\n\nI'd like to add you to my professional network on LinkedIn.";
    const fix = lint(text, DEFAULT_CONFIG).diagnostics.find((d) => d.rule === 'stock-invite')!.fixes[0];
    assert.equal(fix.edits[0].snippet, true);
    assert.match(fix.edits[0].newText, /^It was great meeting you at \$\{1:\[event\]\}/);
  });
});

describe('no-greeting', () => {
  it('accepts greetings by name, including non-ASCII names and titles', () => {
    for (const greeting of ['Hi Zoë,', 'Hello José!', 'Dear Dr. Nguyễn,', 'Good morning Priya,', 'Priya, quick note.']) {
      assert.ok(!rulesOf(`${greeting}\n\nWe met at the Denver meetup.`).includes('no-greeting'), greeting);
    }
  });

  it('flags impersonal greetings and offers the front matter name', () => {
    for (const greeting of ['Hi there,', 'Dear Sir/Madam,', 'Hello all,', 'To whom it may concern,', 'Hi,']) {
      assert.ok(rulesOf(`${greeting}\n\nWe met at the Denver meetup.`).includes('no-greeting'), greeting);
    }
    const text = '---\nto: Priya Raman\n---\nHi there,\n\nWe met at the Denver meetup.';
    const diagnostic = lint(text, DEFAULT_CONFIG).diagnostics.find((d) => d.rule === 'no-greeting')!;
    assert.equal(applyEdits(text, diagnostic.fixes[0].edits), '---\nto: Priya Raman\n---\nHi Priya,\n\nWe met at the Denver meetup.');
  });

  it('says nothing about an empty draft', () => {
    assert.deepEqual(rulesOf(''), []);
    assert.deepEqual(rulesOf('---\nto: Priya\n---\n'), []);
  });
});

describe('no-shared-context', () => {
  it('inserts the front matter context after the greeting', () => {
    const text = '---\nto: Priya\ncontext: We met at the Denver product meetup\n---\nHi Priya,\n\nI think we should connect.';
    const diagnostic = lint(text, DEFAULT_CONFIG).diagnostics.find((d) => d.rule === 'no-shared-context')!;
    const fixed = applyEdits(text, diagnostic.fixes[0].edits);
    assert.ok(fixed.endsWith('Hi Priya,\n\nWe met at the Denver product meetup. I think we should connect.'));
    assert.ok(!rulesOf(fixed).includes('no-shared-context'));
  });

  it('sees named events, companies and shared ground', () => {
    for (const sentence of ['Your talk at PyCon was great.', 'Since our Acme days I have followed your work.', 'We both volunteer with Code for Denver.']) {
      assert.ok(!rulesOf(`Hi Priya,\n\n${sentence}`).includes('no-shared-context'), sentence);
    }
  });
});

describe('no-self-intro', () => {
  it('reads a draft whose front matter says what ties them (context) as to someone the sender knows', () => {
    const note = "Hi Dana,\n\nI'd love to trade notes on onboarding.\n";
    assert.ok(rulesOf(note).includes('no-self-intro'), 'with nothing tying them, a stranger');
    assert.ok(!rulesOf(`---\ncontext: We met at the Denver product meetup\n---\n${note}`).includes('no-self-intro'));
  });
});

describe('too-long', () => {
  const note = (length: number) => `Hi Priya,\n\nWe met at PyCon. ${'x'.repeat(length - 28)}`;

  it('allows exactly 200 characters on a free account and flags 201', () => {
    assert.equal(note(200).length, 200);
    assert.ok(!rulesOf(note(200)).includes('too-long'));
    assert.deepEqual(hitsOf(note(201), 'too-long'), ['x']);
  });

  it('counts the message as pasted: no front matter, no comments, CRLF as one, emoji as two', () => {
    const body = note(200);
    const withExtras = `---\nto: Priya\n---\n<!-- a private note to self -->\n${body.replace(/\n/g, '\r\n')}\n\n<!-- invite-lint-disable no-greeting -->\n`;
    assert.ok(!rulesOf(withExtras).includes('too-long'));
    assert.ok(rulesOf(note(199) + '👋').includes('too-long'));
  });

  it('drops Markdown emphasis markers, which LinkedIn would not show', () => {
    const body = note(200).replace('PyCon', '**PyCon**');
    assert.ok(!rulesOf(body).includes('too-long'));
  });

  it('uses 300 characters for Premium, from settings or front matter', () => {
    assert.ok(!rulesOf(note(300), { account: 'premium', rules: {} }).includes('too-long'));
    assert.ok(!rulesOf(`---\naccount: premium\n---\n${note(300)}`).includes('too-long'));
    assert.ok(rulesOf(note(301), { account: 'premium', rules: {} }).includes('too-long'));
  });

  it('holds follow-ups and messages to no note limit, InMail to 1,900', () => {
    assert.ok(!rulesOf(`---\nkind: follow-up\n---\n${note(1000)}`).includes('too-long'));
    assert.ok(!rulesOf(`---\nkind: inmail\n---\n${note(1900)}`).includes('too-long'));
    assert.ok(rulesOf(`---\nkind: inmail\n---\n${note(1901)}`).includes('too-long'));
  });
});

describe('unfilled-placeholder', () => {
  it('finds every placeholder style and leaves links and checkboxes alone', () => {
    const text = 'Hi {{name}}, {firstName} [Company] <first name> TODO XXX. See [my post](https://x.y) and - [x] done.';
    assert.deepEqual(hitsOf(text, 'unfilled-placeholder'), ['{{name}}', '{firstName}', '[Company]', '<first name>', 'TODO', 'XXX']);
  });

  it('fills a name placeholder from the front matter', () => {
    const text = '---\nto: Zoë Martin\n---\nHi {firstName}, we met at PyCon.';
    const diagnostic = lint(text, DEFAULT_CONFIG).diagnostics.find((d) => d.rule === 'unfilled-placeholder')!;
    assert.ok(applyEdits(text, diagnostic.fixes[0].edits).endsWith('Hi Zoë, we met at PyCon.'));
  });
});

describe('disable comments', () => {
  it('re-enables a rule after invite-lint-enable', () => {
    const text = '<!-- invite-lint-disable -->\nHi there, I came across your profile.\n<!-- invite-lint-enable generic-phrase -->\nI came across your profile.';
    assert.deepEqual(rulesOf(text), ['generic-phrase']);
  });

  it('silences only the next line with disable-next-line and no rule names', () => {
    const text = "Hi Priya, we met at PyCon. I'd love to hear more.\n<!-- invite-lint-disable-next-line -->\nI came across your profile.\nI came across your profile.";
    assert.deepEqual(rulesOf(text), ['generic-phrase']);
  });
});

describe('settings', () => {
  it('converts valid settings', () => {
    const { config, problems } = configFromSettings({ account: 'premium', rules: { 'generic-phrase': 'off', 'too-long': 'warning' } }, RULE_NAMES);
    assert.deepEqual(problems, []);
    assert.deepEqual(config, { account: 'premium', rules: { 'generic-phrase': 'off', 'too-long': 'warning' } });
  });

  it('reports each invalid value once and keeps the default', () => {
    const { config, problems } = configFromSettings({ account: 'gold', rules: { 'stock-invite': 'loud', nope: 'off' } }, RULE_NAMES);
    assert.deepEqual(config, DEFAULT_CONFIG);
    assert.equal(problems.length, 3);
    assert.match(problems[0], /account must be one of "free", "premium", not "gold"; using "free"/);
    assert.match(problems[1], /"stock-invite".*not "loud"/);
    assert.match(problems[2], /unknown rule "nope"/);
    assert.equal(configFromSettings('premium', RULE_NAMES).problems.length, 1);
    assert.equal(configFromSettings({ rules: [] }, RULE_NAMES).problems.length, 1);
  });

  it('applies a configured severity and turns rules off', () => {
    const text = "I'd like to add you to my professional network on LinkedIn.";
    const severities = lint(text, { account: 'free', rules: { 'stock-invite': 'hint', 'no-greeting': 'off' } }).diagnostics.map((d) => `${d.rule}:${d.severity}`);
    assert.deepEqual(severities, ['stock-invite:hint', 'no-shared-context:warning', 'no-reason:warning', 'no-self-intro:info']);
  });
});

describe('bad input', () => {
  it('skips binary content with a reason', () => {
    const result = lint('PK\u0003\u0004\u0000\u0000', DEFAULT_CONFIG);
    assert.deepEqual(result.diagnostics, []);
    assert.match(result.skipped!, /binary/);
  });

  it('survives malformed front matter and still lints the body', () => {
    for (const frontMatter of ['to: [unclosed', 'to: a\nto: b', '- a list', 'a: &x [*x, *x]\nb: *x', '{{{', '\t\tkind: :', 'to: !!binary x']) {
      assert.ok(rulesOf(`---\n${frontMatter}\n---\nI came across your profile.`).includes('generic-phrase'), frontMatter);
    }
  });

  it('lints a 1 MB single line and pathological Markdown without throwing', () => {
    assert.ok(Array.isArray(lint('word '.repeat(200_000), DEFAULT_CONFIG).diagnostics));
    assert.ok(Array.isArray(lint('`'.repeat(50_000) + '['.repeat(50_000) + '<!--'.repeat(10_000), DEFAULT_CONFIG).diagnostics));
    assert.ok(Array.isArray(lint('*_'.repeat(100_000), DEFAULT_CONFIG).diagnostics));
  });
});

describe('scenario templates', () => {
  it('has all 14 scenarios of the catalogue', () => {
    assert.deepEqual(SCENARIOS.map((s) => s.id).sort(), [
      'alumni', 'close-friend', 'dream-company', 'follow-up', 'former-colleague', 'group-member', 'hiring-manager',
      'informational-interview', 'met-at-event', 'mutual-connection', 'read-their-work', 'reconnect', 'recruiter',
      'stranger-shared-interest',
    ]);
  });

  it('renders previews with tab stop defaults and mirrors', () => {
    assert.equal(renderSnippet('Hi ${1:[Name]}, ${2:we met ${3:at PyCon}}. Bye ${1}. \\$5'), 'Hi [Name], we met at PyCon. Bye [Name]. $5');
    const metAtEvent = SCENARIOS.find((s) => s.id === 'met-at-event')!;
    assert.match(metAtEvent.preview, /^---\nto: "\[Name\]"\nscenario: met-at-event\nkind: invite\n---\n\nHi \[Name\],/);
    assert.match(scenarioOpener(metAtEvent), /^It was great meeting you at \$\{1:\[event\]\} \$\{2:\[when\]\}/);
  });

  it('templates only leave placeholders to fill, nothing else to fix', () => {
    for (const scenario of SCENARIOS) {
      const rules = new Set(rulesOf(scenario.preview));
      rules.delete('unfilled-placeholder');
      assert.deepEqual([...rules], [], scenario.id);
    }
  });
});

describe('rule catalogue', () => {
  it('has a doc page per rule and a setting per rule in package.json', () => {
    const manifest = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
    const settings = manifest.contributes.configuration.properties['inviteLint.rules'].properties;
    assert.deepEqual(Object.keys(settings).sort(), [...RULE_NAMES].sort());
    for (const rule of RULES) {
      assert.ok(existsSync(join(repoRoot, 'docs', 'rules', `${rule.name}.md`)), `docs/rules/${rule.name}.md`);
      assert.match(settings[rule.name].markdownDescription, new RegExp(`default \`${rule.defaultSeverity}\``));
    }
  });
});

describe('fixes that edit the message', () => {
  const fixOf = (text: string, rule: string) => lint(text, DEFAULT_CONFIG).diagnostics.find((d) => d.rule === rule)?.fixes.find((f) => !f.suppression);

  it('deletes a cliché sentence without leaving double spaces', () => {
    const text = 'Hi Ola,\n\nI hope this message finds you well. We met at the Lagos design week.';
    assert.equal(applyEdits(text, fixOf(text, 'generic-phrase')!.edits), 'Hi Ola,\n\nWe met at the Lagos design week.');
    const atEnd = 'Hi Ola, we met at the Lagos design week. I hope this finds you well.\nBye';
    assert.equal(applyEdits(atEnd, fixOf(atEnd, 'generic-phrase')!.edits), 'Hi Ola, we met at the Lagos design week.\nBye');
  });

  it('deletes a cliché clause with its comma, and capitalises what then starts the sentence', () => {
    const inGreeting = 'Hi Ola, I hope this message finds you well. We met at the Lagos design week.';
    assert.equal(applyEdits(inGreeting, fixOf(inGreeting, 'generic-phrase')!.edits), 'Hi Ola. We met at the Lagos design week.');
    const leading = 'Hi Ola,\n\nI hope this finds you well, we met at the Lagos design week.';
    assert.equal(applyEdits(leading, fixOf(leading, 'generic-phrase')!.edits), 'Hi Ola,\n\nWe met at the Lagos design week.');
  });

  it('offers no deletion that would break a sentence', () => {
    assert.equal(fixOf('Hi Ola, I came across your profile and saw your Lagos talk.', 'generic-phrase'), undefined);
  });

  it('turns a vague plan into tab stops for a day and a time', () => {
    const text = '---\nkind: follow-up\n---\nHi Priya, thanks for connecting after PyCon! We should grab coffee sometime.';
    const fix = fixOf(text, 'vague-plan')!;
    assert.equal(fix.edits[0].newText, '${1:[next Thursday]} at ${2:[10am]}');
    assert.ok(applyEdits(text, fix.edits).endsWith('We should grab coffee [next Thursday] at [10am].'));
    const noTime = '---\nkind: follow-up\n---\nHi Yuki, thanks for connecting at the Osaka jam! Would you like to grab a coffee?';
    assert.ok(applyEdits(noTime, fixOf(noTime, 'vague-plan')!.edits).endsWith('Would you like to grab a coffee [next Thursday] at [10am]?'));
  });
});
