import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_CONFIG, applyEdits, lint, summarizeMessage, type Diagnostic, type Fix } from '../../server/src/engine';

const STOCK = "I'd like to add you to my professional network on LinkedIn.";

const diagnosticOf = (text: string, rule: string): Diagnostic => {
  const found = lint(text, DEFAULT_CONFIG).diagnostics.find((d) => d.rule === rule);
  assert.ok(found, `no ${rule} in ${JSON.stringify(text)}`);
  return found;
};
const fixTitled = (d: Diagnostic, ending: string): Fix => {
  const found = d.fixes.find((fix) => fix.title.endsWith(ending));
  assert.ok(found, `no fix ending "${ending}" among ${d.fixes.map((fix) => fix.title).join(', ')}`);
  return found;
};
const rulesOf = (text: string) => lint(text, DEFAULT_CONFIG).diagnostics.map((d) => d.rule);
const messageOf = (text: string) => summarizeMessage(text, DEFAULT_CONFIG).text;

/** Applies a suppression and checks what it promises: the rule is gone, nothing else moved, the message is the same. */
function assertSilences(text: string, rule: string, fixEnding: string): string {
  const fix = fixTitled(diagnosticOf(text, rule), fixEnding);
  const fixed = applyEdits(text, fix.edits);
  assert.ok(!rulesOf(fixed).includes(rule), `${rule} still reported in ${JSON.stringify(fixed)}`);
  assert.deepEqual(rulesOf(fixed), rulesOf(text).filter((other) => other !== rule));
  assert.equal(messageOf(fixed), messageOf(text));
  return fixed;
}

describe('"Disable RULE for this line" takes effect and stays out of the message', () => {
  it('goes after the line as a disable-line comment, so no sentence is split and no line moves', () => {
    const text = `Hi Dana,\n\nWe met at PyCon and\n${STOCK}\nCheers`;
    const fixed = assertSilences(text, 'stock-invite', 'for this line');
    assert.equal(fixed, `Hi Dana,\n\nWe met at PyCon and\n${STOCK}<!-- invite-lint-disable-line stock-invite -->\nCheers`);
  });

  it('on a line that holds only a directive comment, leaves no blank line in the message', () => {
    // The suppression's comment lands beside the directive: a line of two comments must vanish as a line of one does.
    const text = `Hi Dana,\n\nWe met at PyCon.\n<!-- invite-lint-disable-next-line no-greting -->\nCheers`;
    const fixed = applyEdits(text, fixTitled(diagnosticOf(text, 'directive'), 'for this line').edits);
    assert.ok(fixed.includes('<!-- invite-lint-disable-next-line no-greting --><!-- invite-lint-disable-line directive -->\n'), fixed);
    assert.ok(!rulesOf(fixed).includes('directive'));
    assert.equal(messageOf(fixed), messageOf(text));
    assert.equal(messageOf(`A\n<!-- x -->  <!-- y -->\nB`), 'A\nB');
  });

  it('works on a line that starts inside a multi-line comment', () => {
    const text = `Hi Dana,\n\n<!-- a note\nto self --> ${STOCK}\n`;
    assertSilences(text, 'stock-invite', 'for this line');
  });

  it('works on a line that starts inside a code span over two lines', () => {
    const text = `Hi Dana, see \`the\ncode\` ${STOCK}\n`;
    assertSilences(text, 'stock-invite', 'for this line');
  });

  it('goes after an earlier word when the line ends in a link, which would take in a comment written against it', () => {
    const text = `Hi Dana,\n\n${STOCK} Book me: calendly.com/dana/intro\n`;
    const fixed = assertSilences(text, 'stock-invite', 'for this line');
    assert.ok(fixed.includes('Book me:<!-- invite-lint-disable-line stock-invite --> calendly.com/dana/intro\n'), fixed);
    assert.ok(rulesOf(fixed).includes('sales-pitch'));
  });

  it('goes on its own line above when no word of the line will do (a fence\'s opening line)', () => {
    // The note's 201st character is the fence's first backtick: a comment after it would be part of the fence line.
    const sentence = 'We met at PyCon Berlin last week. ';
    const text = `Hi Dana,\n\n${sentence.repeat(5)}${'x'.repeat(189 - sentence.length * 5)}\n\`\`\`\nnpm test\n\`\`\`\n`;
    assert.equal(text.slice(diagnosticOf(text, 'too-long').start).slice(0, 3), '```');
    const fixed = assertSilences(text, 'too-long', 'for this line');
    assert.ok(fixed.includes('<!-- invite-lint-disable-next-line too-long -->\n```\nnpm test'), fixed);
  });

  it('silences too-long inside a fenced block without adding to the note (a fence line cannot hold a comment)', () => {
    const text = `Hi Dana,\n\nWe met at PyCon Berlin last week and I'd love to hear how the launch went.\n\n\`\`\`\n${'a log line that goes on and on\n'.repeat(6)}\`\`\`\n\nCheers, Ola\n`;
    const tooLong = diagnosticOf(text, 'too-long');
    assert.ok(text.slice(0, tooLong.start).includes('```'), 'the excess starts inside the fence');
    const fix = tooLong.fixes.find((candidate) => candidate.suppression && !candidate.title.endsWith('for this file'))!;
    assert.match(fix.title, /^Disable too-long for lines \d+–\d+$/);
    const fixed = assertSilences(text, 'too-long', fix.title.slice(-12));
    assert.ok(fixed.includes('<!-- invite-lint-disable too-long -->\n```') && fixed.includes('```\n<!-- invite-lint-enable too-long -->\n'), fixed);
    assert.equal(summarizeMessage(fixed, DEFAULT_CONFIG).length, summarizeMessage(text, DEFAULT_CONFIG).length);
  });

  it('leaves no blank line in the message when its comment goes beside another that fills a line', () => {
    // Found by the fuzzer: a comment ending a line got the disable comment next to it, and the line stayed as a blank one.
    const text = `Hi Dana,\nWe met at PyCon.\n<!-- a note\nto self -->\nI'd love to hear how the launch went.`;
    const fixed = `Hi Dana,\nWe met at PyCon.\n<!-- a note\nto self --><!-- invite-lint-disable-line no-reason -->\nI'd love to hear how the launch went.`;
    assert.equal(messageOf(fixed), messageOf(text));
  });

  it('keeps a lone CR line break whole when its comment goes right before an LF-only blank line', () => {
    // The draft breaks lines with lone CRs, but the fence closes with an LF and a blank LF line follows it.
    const text = `Hi Dana,\rWe met at PyCon Berlin last week and I'd love to hear how the launch went.\r\`\`\`\r${'a log line that goes on and on\r'.repeat(6)}\`\`\`\n\nCheers`;
    const fix = fixTitled(diagnosticOf(text, 'too-long'), '–10');
    const fixed = assertSilences(text, 'too-long', fix.title.slice(-12));
    assert.ok(fixed.endsWith('```\n<!-- invite-lint-enable too-long -->\r\n\nCheers'), JSON.stringify(fixed));
  });
});

describe('"Disable RULE for this file"', () => {
  it('goes below an opening --- that is never closed, which a comment above would turn into text', () => {
    const text = `---\nto: Priya\n\nHi there, ${STOCK}\n`;
    const fixed = assertSilences(text, 'stock-invite', 'for this file');
    assert.ok(fixed.startsWith('---\n<!-- invite-lint-disable stock-invite -->\nto: Priya'), fixed);
    const unclosed = diagnosticOf(text, 'front-matter');
    assert.deepEqual(unclosed.fixes.map((fix) => fix.title), [], 'nothing can silence the fence from below it');
  });

  it('puts a line break after a closing --- that ends the text, leaving the front matter intact', () => {
    const text = '---\nto: Priya\nkidn: invite\n---';
    const fixed = assertSilences(text, 'front-matter', 'for this file');
    assert.equal(fixed, '---\nto: Priya\nkidn: invite\n---\n<!-- invite-lint-disable front-matter -->');
  });

  it('is not offered below an invite-lint-enable of the rule, which would undo it there', () => {
    const text = `<!-- invite-lint-disable stock-invite -->\nHi Dana,\n<!-- invite-lint-enable stock-invite -->\n${STOCK}\n`;
    const titles = diagnosticOf(text, 'stock-invite').fixes.map((fix) => fix.title);
    assert.ok(!titles.includes('Disable stock-invite for this file'), titles.join(', '));
    assertSilences(text, 'stock-invite', 'for this line');
  });
});

describe('fixes built from the front matter', () => {
  it('never writes "undefined" when `to` holds no name', () => {
    for (const to of ['Dr.', '"!!!"', '"😀"']) {
      const text = `---\nto: ${to}\n---\nI came across your profile.\n`;
      const d = diagnosticOf(text, 'no-greeting');
      assert.doesNotMatch(d.message, /undefined/);
      for (const fix of d.fixes) assert.doesNotMatch(applyEdits(text, fix.edits), /undefined/);
    }
  });

  it('does not insert a context that Markdown would swallow, and says why', () => {
    for (const [context, why] of [
      ['We met <!-- at PyCon', 'a comment opener `<!--`'],
      ['We met at `PyCon`', 'a backtick'],
      ['We met at *PyCon*', 'Markdown emphasis'],
      ['We met at [event]', 'a placeholder'],
      ['|\n  We met\n  at PyCon', 'a line break'],
    ]) {
      const text = `---\ncontext: ${context}\n---\nHi Priya,\n\nCan we connect?\n`;
      const fix = diagnosticOf(text, 'no-shared-context').fixes[0];
      assert.equal(fix.title, `Insert a shared-context sentence (not the front matter's context: it holds ${why})`);
      assert.equal(fix.edits[0].newText, 'We met at ${1:[event]} ${2:[when]}. ');
    }
  });

  it('inserts a context exactly as LinkedIn will show it', () => {
    const text = '---\ncontext: We both spoke at the Denver meetup --> the one on $5 pizza (sic) }\n---\nHi Priya,\n\nCan we connect?\n';
    const fix = diagnosticOf(text, 'no-shared-context').fixes[0];
    assert.equal(fix.title, 'Insert the shared context from the front matter');
    assert.ok(messageOf(applyEdits(text, fix.edits)).includes('We both spoke at the Denver meetup --> the one on $5 pizza (sic) }. Can we connect?'));
  });

  it('does not insert a context that would not say how they know each other', () => {
    const text = '---\ncontext: hello there\n---\nHi Priya,\n\nCan we connect?\n';
    const fix = diagnosticOf(text, 'no-shared-context').fixes[0];
    assert.equal(fix.title, "Insert a shared-context sentence (not the front matter's context: it holds nothing this rule recognises as shared context)");
  });

  it('does not fill a name placeholder glued to a word, which would make a new word', () => {
    const text = '---\nto: Anna\n---\nHi An{{name}}, we met at PyCon.';
    assert.equal(diagnosticOf(text, 'unfilled-placeholder').fixes.find((fix) => !fix.suppression)?.title, 'Fill in {{name}}', 'only the fix that selects it for typing');
  });

  it('greets above a disable-next-line comment, which must stay right above its line', () => {
    const text = `---\nto: Priya\n---\n<!-- invite-lint-disable-next-line stock-invite -->\n${STOCK} We met at PyCon.\n`;
    const fix = diagnosticOf(text, 'no-greeting').fixes.find((candidate) => !candidate.suppression)!;
    const fixed = applyEdits(text, fix.edits);
    assert.ok(fixed.includes(`Hi Priya,\n\n<!-- invite-lint-disable-next-line stock-invite -->\n${STOCK}`), fixed);
    assert.ok(!rulesOf(fixed).includes('stock-invite'));
  });

  it('does not fill a placeholder with a `to` holding Markdown', () => {
    const text = '---\nto: Priya *Raman*\n---\nHi Priya, I wrote to {{name}} after we met at PyCon.';
    assert.equal(diagnosticOf(text, 'unfilled-placeholder').fixes.find((fix) => !fix.suppression)?.title, 'Fill in {{name}}', 'only the fix that selects it for typing');
  });
});

describe('deleting a cliché keeps the comments inside it', () => {
  const deletion = (text: string) => diagnosticOf(text, 'generic-phrase').fixes.find((fix) => !fix.suppression);

  it('puts back a comment from inside a deleted sentence', () => {
    const text = 'Hi Ola,\n\nI hope this finds you <!-- check the date --> well. We met at the Lagos design week.';
    const fixed = applyEdits(text, deletion(text)!.edits);
    assert.equal(fixed, 'Hi Ola,\n\n<!-- check the date -->We met at the Lagos design week.');
    assert.equal(messageOf(fixed), 'Hi Ola,\n\nWe met at the Lagos design week.');
  });

  it('puts back a comment from a deleted clause, and quotes the cliché without it', () => {
    const text = 'Hi Ola,\n\nWe met at the Lagos design week, <!-- note --> I hope this finds you well.';
    const d = diagnosticOf(text, 'generic-phrase');
    assert.match(d.message, /^"hope this finds you well"/);
    assert.equal(applyEdits(text, deletion(text)!.edits), 'Hi Ola,\n\nWe met at the Lagos design week<!-- note -->.');
  });

  it('ignores a comma inside a comment when finding the clause, so no deletion cuts into the comment', () => {
    assert.equal(deletion('Hi Ola,\n\nI hope this finds you well <!-- yes, really --> and we met at the Lagos design week.'), undefined);
  });

  it('offers no deletion that would take code with it', () => {
    assert.equal(deletion('Hi Ola,\n\nI hope this finds you well `today`. We met at the Lagos design week.'), undefined);
  });

  it('offers no deletion that would move a line-based disable comment to another line', () => {
    const text = 'Hi Ola,\n\nI hope this finds you <!-- invite-lint-disable-next-line no-reason -->\nwell. We met at the Lagos design week.';
    assert.equal(deletion(text), undefined);
    const sameLine = 'Hi Ola,\n\nI hope this finds you <!-- invite-lint-disable-line no-reason --> well. We met at the Lagos design week.';
    assert.equal(applyEdits(sameLine, deletion(sameLine)!.edits), 'Hi Ola,\n\n<!-- invite-lint-disable-line no-reason -->We met at the Lagos design week.');
  });
});

describe('diagnostic ranges', () => {
  it('never start or end between the CR and the LF of a line break', () => {
    // The note's 201st character is a CRLF, which counts once and maps to its LF.
    const sentence = 'We met at PyCon Berlin last week. ';
    const text = `Hi Dana,\r\n${sentence.repeat(5)}${'x'.repeat(191 - sentence.length * 5)}\r\nCheers`;
    const tooLong = diagnosticOf(text, 'too-long');
    assert.equal(text.slice(tooLong.start, tooLong.start + 2), '\r\n');
  });
});
