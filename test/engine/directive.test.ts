import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_CONFIG, RULE_NAMES, complete, lint } from '../../server/src/engine';

const BODY = 'Hi Priya,\n\nGreat meeting you at the Denver meetup on Thursday. Your activation point stuck with me.\n';
const directives = (text: string) => lint(text, DEFAULT_CONFIG).diagnostics.filter((d) => d.rule === 'directive');

describe('directive: disable and enable comments that name no rule', () => {
  it('warns at each unknown name, with "Did you mean" replacing it by the nearest rule name', () => {
    const text = `${BODY}<!-- invite-lint-disable-next-line generic-phrases,no-greting -->\nI came across your profile.\n`;
    const found = directives(text);
    assert.deepEqual(found.map((d) => text.slice(d.start, d.end)), ['generic-phrases', 'no-greting']);
    assert.deepEqual(found.map((d) => d.severity), ['warning', 'warning']);
    assert.match(found[0].message, /No rule is named "generic-phrases": did you mean "generic-phrase"\?/);
    assert.deepEqual(found.map((d) => d.fixes[0].title), ["Did you mean 'generic-phrase'?", "Did you mean 'no-greeting'?"]);
    // Once fixed, the comment does what was meant: the phrase below it is silenced and no warning is left.
    const fixed = text.replace('generic-phrases', 'generic-phrase');
    assert.deepEqual(directives(fixed).map((d) => d.rule), ['directive']);
    assert.equal(lint(fixed, DEFAULT_CONFIG).diagnostics.some((d) => d.rule === 'generic-phrase'), false);
  });

  it('names no guess for a word far from every rule, and reads a reason after the names as names', () => {
    const text = `${BODY}<!-- invite-lint-disable me-focused because -->\n`;
    const [found] = directives(text);
    assert.equal(text.slice(found.start, found.end), 'because');
    assert.equal(found.fixes.filter((fix) => !fix.suppression).length, 0);
    assert.match(found.message, /No rule is named "because", so this comment silences nothing for it\./);
  });

  it('is quiet for known names, a bare directive, and comments that are no directive', () => {
    const text = `${BODY}<!-- invite-lint-disable ${RULE_NAMES.join(', ')} -->\n<!-- invite-lint-enable -->\n<!-- invite-lint-disablex foo -->\n<!-- a note to self -->\n`;
    assert.deepEqual(directives(text), []);
  });

  it('can itself be turned off like any rule', () => {
    const text = `${BODY}<!-- invite-lint-disable nope -->\n`;
    assert.deepEqual(lint(text, { ...DEFAULT_CONFIG, rules: { directive: 'off' } }).diagnostics.filter((d) => d.rule === 'directive'), []);
  });
});

describe('completion inside <!-- invite-lint-... -->', () => {
  const at = (text: string) => complete(text.replace('|', ''), text.indexOf('|'));

  it('offers the four directives after "invite-lint-", replacing what is typed of one', () => {
    const suggestions = at(`${BODY}<!-- invite-lint-dis|`);
    assert.deepEqual(suggestions.map((s) => s.label), ['disable', 'enable', 'disable-line', 'disable-next-line']);
    const start = `${BODY}<!-- invite-lint-`.length;
    assert.deepEqual(suggestions[0].range, { start, end: start + 3 });
  });

  it('offers every rule name after a directive, without those already named, in open and closed comments', () => {
    const open = at(`${BODY}<!-- invite-lint-disable generic-phrase, no-gr|`);
    assert.equal(open.length, RULE_NAMES.length - 1);
    assert.ok(!open.some((s) => s.label === 'generic-phrase'));
    const greeting = open.find((s) => s.label === 'no-greeting')!;
    assert.equal(greeting.detail, 'rule · default warning');
    assert.equal(greeting.newText, 'no-greeting');
    const end = `${BODY}<!-- invite-lint-disable generic-phrase, no-gr`.length;
    assert.deepEqual(greeting.range, { start: end - 'no-gr'.length, end });
    assert.equal(at(`${BODY}<!-- invite-lint-disable-next-line | -->\n`).length, RULE_NAMES.length);
  });

  it('offers nothing outside such a comment: after its end, in another comment, or in plain text', () => {
    assert.deepEqual(at(`${BODY}<!-- invite-lint-disable --> no-gr|`), []);
    assert.deepEqual(at(`${BODY}<!-- a note | -->`), []);
    assert.deepEqual(at(`${BODY}invite-lint-disable |`), []);
    assert.deepEqual(at(`${BODY}<!-- invite-lint-disablex |`), []);
  });
});
