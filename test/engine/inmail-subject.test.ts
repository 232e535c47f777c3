import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_CONFIG, TEMPLATES, applyEdits, complete, hover, lint, plainText, summarizeMessage } from '../../server/src/engine';
import { fillTabStop } from '../support/fill';

const BODY = "Hi Priya,\n\nI found you through your PGConf talk on partial indexes. I'm a DBA at a small logistics firm, and we hit the bloat you described. Could I ask how you sized the fill factor?";
const inmail = (subject: string, extra = '') => `---\nto: Priya Raman\nkind: inmail\nsubject: ${subject}\n${extra}---\n\n${BODY}\n`;
const diagnosticsOf = (text: string, rule?: string) => lint(text, DEFAULT_CONFIG).diagnostics.filter((d) => !rule || d.rule === rule);
const hitsOf = (text: string, rule: string) => diagnosticsOf(text, rule).map((d) => text.slice(d.start, d.end));
/** Whether every hit stands inside the front matter's subject line (the fourth line). */
const onSubjectLine = (text: string, rule: string) => diagnosticsOf(text, rule).every((d) => text.slice(0, d.start).split('\n').length === 4);

describe('InMail subject: the front matter key', () => {
  it('passes a specific subject and a good body clean', () => {
    assert.deepEqual(diagnosticsOf(inmail('Your PGConf talk on partial indexes')), []);
  });

  it('requires a subject on an InMail: an error on `kind: inmail` whose fix inserts the key with a tab stop', () => {
    const text = `---\nto: Priya Raman\nkind: inmail\n---\n\n${BODY}\n`;
    const [missing] = diagnosticsOf(text, 'front-matter');
    assert.equal(missing.severity, 'error');
    assert.equal(text.slice(missing.start, missing.end), 'inmail');
    assert.match(missing.message, /An InMail needs a subject/);
    const fix = missing.fixes[0];
    assert.equal(fix.title, 'Add a subject line');
    assert.deepEqual(fix.edits.map((edit) => [edit.newText, edit.snippet]), [['subject: "${1:[What this InMail is about]}"\n', true]]);
    const filled = applyEdits(text, fix.edits, fillTabStop);
    assert.match(filled, /^---\nto: Priya Raman\nkind: inmail\nsubject: "offline-first sync at Acme"\n---\n/);
    assert.deepEqual(diagnosticsOf(filled), []);
    // Inserted without typing, the tab stop's hint is left for unfilled-placeholder to flag.
    assert.deepEqual(hitsOf(applyEdits(text, fix.edits), 'unfilled-placeholder'), ['[What this InMail is about]']);
  });

  it('treats an empty subject on an InMail as missing, with a fix that writes it', () => {
    for (const empty of ['', '""', "'  '"]) {
      const text = inmail(empty);
      const [diagnostic] = diagnosticsOf(text, 'front-matter');
      assert.equal(diagnostic.severity, 'error', empty);
      assert.equal(diagnostic.fixes[0].title, 'Write the subject');
      assert.deepEqual(diagnosticsOf(applyEdits(text, diagnostic.fixes[0].edits, fillTabStop)), [], empty);
    }
  });

  it('notes (info, not a warning) that a subject on another kind will not be sent, and does not lint it as prose', () => {
    for (const kind of ['invite', 'follow-up', 'message']) {
      const text = `---\nto: Priya Raman\nkind: ${kind}\nsubject: Quick question\n---\n\nHi Priya, thanks for connecting after PGConf! Could I ask how you sized the fill factor?\n`;
      const [warning] = diagnosticsOf(text, 'front-matter');
      assert.equal(warning.severity, 'info', kind);
      assert.equal(text.slice(warning.start, warning.end), 'subject');
      assert.match(warning.message, new RegExp(`sent only with \`kind: inmail\`; this ${kind} goes without it`));
      assert.deepEqual(hitsOf(text, 'generic-phrase'), [], kind);
    }
  });

  it('wants the subject as text', () => {
    assert.match(diagnosticsOf(inmail('[a, b]'), 'front-matter')[0].message, /"subject" must be text/);
  });

  it('is offered by completion only once the draft is an InMail, and explained on hover', () => {
    const keysAt = (text: string) => complete(text, text.indexOf('\n---', 4) + 1).map((suggestion) => suggestion.label);
    assert.ok(keysAt('---\nkind: inmail\n\n---\n').includes('subject'));
    assert.ok(!keysAt('---\nkind: invite\n\n---\n').includes('subject'));
    assert.ok(!keysAt('---\nto: Priya\n\n---\n').includes('subject'), 'the default kind is invite');
    const text = inmail('Your PGConf talk');
    const help = hover(text, text.indexOf('subject') + 2)!;
    assert.match(help.contents, /\*\*subject\*\*: The InMail subject line/);
    assert.match(help.contents, /up to 200 characters/);
  });
});

describe('InMail subject: too-long', () => {
  it('allows 200 characters and reports the 201st onwards on its own, apart from the body', () => {
    assert.deepEqual(diagnosticsOf(inmail(`PGConf ${'x'.repeat(193)}`)), []);
    const text = inmail(`"PGConf ${'x'.repeat(192)}yz"`);
    const [subject] = diagnosticsOf(text, 'too-long');
    assert.equal(text.slice(subject.start, subject.end), 'z');
    assert.equal(subject.message, 'Cut 1 character from the subject: it is 201 characters and LinkedIn allows 200.');
  });

  it('reports a subject and a body that are both over their limits as two problems', () => {
    const text = `---\nkind: inmail\nsubject: ${'s'.repeat(250)}\n---\n\nHi Priya, we met at PGConf. ${'b'.repeat(1900)}\n`;
    const messages = diagnosticsOf(text, 'too-long').map((d) => d.message);
    assert.deepEqual(messages, [
      'Cut 50 characters from the subject: it is 250 characters and LinkedIn allows 200.',
      'Cut 28 characters: this InMail body is 1928 characters and LinkedIn allows 1900.',
    ]);
  });
});

describe('InMail subject: the rules that judge wording read it too', () => {
  it('flags the clichés of InMail subjects when they are the whole subject', () => {
    for (const cliche of ['Quick question', 'Quick question!', 'Opportunity', 'An exciting opportunity for you', 'Following up', 'Hello']) {
      const text = inmail(`"${cliche}"`);
      const [hit] = diagnosticsOf(text, 'generic-phrase');
      assert.ok(hit, cliche);
      assert.match(hit.message, /is the subject of countless InMails/, cliche);
      assert.ok(onSubjectLine(text, 'generic-phrase'), cliche);
    }
  });

  it('leaves a subject that names what it is about, and the same words in the body', () => {
    assert.deepEqual(hitsOf(inmail('Quick question about your PGConf partial-index talk'), 'generic-phrase'), []);
    assert.deepEqual(hitsOf(inmail('A research opportunity at Tilburg'), 'generic-phrase'), []);
    const body = inmail('Your PGConf talk').replace('Could I ask', 'Quick question: could I ask');
    assert.deepEqual(hitsOf(body, 'generic-phrase'), []);
  });

  it('flags the body clichés in a subject, at their place in the front matter', () => {
    const text = inmail('"Hope this finds you well: PGConf"');
    assert.deepEqual(hitsOf(text, 'generic-phrase'), ['Hope this finds you well']);
    assert.match(diagnosticsOf(text, 'generic-phrase')[0].message, /in the subject could head any InMail/);
    assert.deepEqual(diagnosticsOf(text, 'generic-phrase')[0].fixes.filter((fix) => !fix.suppression), [], 'a subject is rewritten, not trimmed');
  });

  it('flags the stock line, a pitch, a booking link, stacked superlatives and placeholders in the subject', () => {
    assert.deepEqual(hitsOf(inmail("I'd like to add you to my professional network"), 'stock-invite'), ["I'd like to add you to my professional network"]);
    assert.deepEqual(hitsOf(inmail("'Free demo: we help startups 10x pipeline'"), 'sales-pitch'), ['Free demo', 'we help startups', '10x pipeline']);
    assert.deepEqual(hitsOf(inmail('Pick a time at calendly.com/sam/intro'), 'sales-pitch'), ['calendly.com/sam/intro']);
    assert.deepEqual(hitsOf(inmail('Your amazing, inspiring work'), 'flattery'), ['amazing, inspiring']);
    assert.deepEqual(hitsOf(inmail('Your Amazing, Inspiring Work'), 'flattery'), ['Amazing, Inspiring'], 'Title Case names nothing');
    assert.deepEqual(hitsOf(inmail('Your amazing, inspiring PGConf talk'), 'flattery'), [], 'a name gives the praise something to stand on');
    assert.deepEqual(hitsOf(inmail('"{firstName}, a question about [Company]"'), 'unfilled-placeholder'), ['{firstName}', '[Company]']);
  });

  it('fills a name placeholder in the subject from `to`', () => {
    const text = inmail('"{firstName}: your PGConf talk"');
    const [placeholder] = diagnosticsOf(text, 'unfilled-placeholder');
    assert.match(applyEdits(text, placeholder.fixes[0].edits), /\nsubject: "Priya: your PGConf talk"\n/);
  });

  it('relaxes the stock line in a close friend\'s subject to info', () => {
    const [hit] = diagnosticsOf(inmail("I'd like to add you to my professional network", 'relationship: close-friend\n'), 'stock-invite');
    assert.equal(hit.severity, 'info');
  });

  it('is silenced by a disable comment at the top of the body, which offers itself as a fix', () => {
    const text = inmail('Quick question');
    const [hit] = diagnosticsOf(text, 'generic-phrase');
    assert.deepEqual(hit.fixes.map((fix) => fix.title), ['Disable generic-phrase for this file'], 'no line comment can stand in front matter');
    assert.deepEqual(diagnosticsOf(applyEdits(text, hit.fixes[0].edits)), []);
    assert.deepEqual(diagnosticsOf(text.replace('---\n\n', '---\n<!-- invite-lint-disable -->\n')), []);
  });
});

describe('InMail subject: message summary and template', () => {
  it('summarises the subject apart from the body for an InMail, and not for other kinds', () => {
    const summary = summarizeMessage(inmail('"Your PGConf talk: partial indexes"'), DEFAULT_CONFIG);
    assert.equal(summary.text, BODY);
    assert.deepEqual(summary.subject, { text: 'Your PGConf talk: partial indexes', length: 33, limit: 200 });
    assert.equal(summary.limit, 1900);
    assert.deepEqual(summarizeMessage(`---\nkind: inmail\n---\n${BODY}`, DEFAULT_CONFIG).subject, { text: '', length: 0, limit: 200 });
    assert.equal(summarizeMessage(`---\nsubject: Hi\n---\n${BODY}`, DEFAULT_CONFIG).subject, undefined);
  });

  it('has an InMail template with a subject tab stop, offered with the scenario templates', () => {
    const template = TEMPLATES.find((candidate) => candidate.id === 'inmail')!;
    assert.match(template.snippet, /^---\nto: "\$\{1:\[Name\]\}"\nkind: inmail\nsubject: "\$\{2:\[What this InMail is about\]\}"\n---\n/);
    assert.ok(complete('', 0).some((suggestion) => suggestion.filterText?.startsWith('inmail ')));
    assert.deepEqual(hitsOf(template.preview, 'unfilled-placeholder').slice(0, 2), ['[What this InMail is about]', '[Name]']);
    const filled = plainText({ start: 0, end: 0, newText: template.snippet, snippet: true }, fillTabStop);
    assert.deepEqual(diagnosticsOf(filled).map((d) => d.rule), []);
  });

  it('templates only leave placeholders to fill, nothing else to fix', () => {
    for (const template of TEMPLATES) {
      const rules = new Set(diagnosticsOf(template.preview).map((d) => d.rule));
      rules.delete('unfilled-placeholder');
      assert.deepEqual([...rules], [], template.id);
    }
  });
});
