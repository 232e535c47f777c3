import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { DEFAULT_CONFIG, LineIndex, applyEdits, complete, hover, lint, type EngineConfig } from '../../server/src/engine';
import { daysBetween, followUpDraft, isDate, markStatus, messageDigest } from '../../server/src/engine/project/lifecycle';
import { readiness } from '../../server/src/engine/project/readiness';
import { BANDS, FORM_LETTER_THRESHOLD, SimilarityIndex, fingerprint, shingleBits, similarity, similarityIf, type Fingerprint } from '../../server/src/engine/project/similarity';
import { DraftWorkspace } from '../../server/src/engine/project/workspace';
import { Draft } from '../../server/src/engine';
import { recordDraftsParsed } from '../support/draftSpy';
import { fillTabStop } from '../support/fill';
import { fixtureDir } from '../support/paths';
import { LABELLED_PAIRS } from '../support/similarityPairs';

const TODAY = '2026-11-25';
const rulesOf = (text: string, config: EngineConfig = DEFAULT_CONFIG) => lint(text, config).diagnostics.map((d) => d.rule);
const serious = (text: string) => lint(text, DEFAULT_CONFIG).diagnostics.filter((d) => d.severity === 'error' || d.severity === 'warning');

const PRIYA = `---
to: Priya Raman
scenario: met-at-event
context: We met at the Denver product meetup last Thursday
---

Hi Priya,

It was great meeting you at the Denver product meetup last Thursday. Your point that activation beats sign-ups stuck with me, and I'd love to keep in touch.
`;

describe('readiness', () => {
  it('calls a clean draft within its limit ready, with the characters used of the limit', () => {
    const result = readiness(PRIYA, DEFAULT_CONFIG);
    assert.deepEqual({ ready: result.ready, reasons: result.reasons, limit: result.limit, toFix: result.toFix }, { ready: true, reasons: [], limit: 200, toFix: 0 });
    assert.equal(result.used, 167);
  });

  it('is not ready with an error, a warning, a placeholder or over the limit, and says why', () => {
    assert.deepEqual(readiness("I'd like to add you to my professional network on LinkedIn.", DEFAULT_CONFIG).ready, false);
    const placeholder = readiness(PRIYA.replace('you at the Denver product meetup', 'you at [event]'), DEFAULT_CONFIG);
    assert.equal(placeholder.ready, false);
    assert.ok(placeholder.reasons.some((reason) => reason === '1 placeholder left: [event]'), placeholder.reasons.join('; '));
    const long = readiness(PRIYA.replace('keep in touch.', `keep in touch. ${'We talked about churn for a while. '.repeat(3)}`), DEFAULT_CONFIG);
    assert.equal(long.ready, false);
    assert.ok(long.reasons.some((reason) => /^message over the limit: \d+\/200$/.test(reason)), long.reasons.join('; '));
  });

  it('still counts a placeholder and an overrun when their rules are turned off', () => {
    const config: EngineConfig = { account: 'free', rules: { 'unfilled-placeholder': 'off', 'too-long': 'off' } };
    const text = PRIYA.replace('you at the Denver product meetup', 'you at [event]').replace('keep in touch.', `keep in touch. ${'More words here. '.repeat(5)}`);
    const result = readiness(text, config);
    assert.equal(result.ready, false);
    assert.equal(result.toFix, 2);
  });

  it('holds an InMail to both its subject and body limits', () => {
    const inmail = `---\nto: Priya Raman\nkind: inmail\nsubject: "${'Your activation talk '.repeat(11)}"\n---\n\nHi Priya, I found you through your Denver meetup talk on activation. I'm a PM at a B2B startup, and your point on sign-ups changed our onboarding. Could I ask how you measured it?\n`;
    const result = readiness(inmail, DEFAULT_CONFIG);
    assert.equal(result.limit, 1900);
    assert.equal(result.subject?.limit, 200);
    assert.ok(result.reasons.some((reason) => reason.startsWith('subject over the limit')), result.reasons.join('; '));
  });

  it('parses the draft once, and not at all with the caller\'s Draft (DraftWorkspace.overview passes it on); the result is the same', () => {
    const spy = recordDraftsParsed();
    const parsed = spy.drafts;
    try {
      const alone = readiness(PRIYA, DEFAULT_CONFIG);
      assert.equal(parsed.size, 1);
      parsed.clear();
      const draft = new Draft(PRIYA, DEFAULT_CONFIG);
      assert.deepEqual(readiness(PRIYA, DEFAULT_CONFIG, undefined, draft), alone);
      assert.deepEqual([...parsed], [draft]);
      parsed.clear();
      const workspace = new DraftWorkspace({ today: () => '2026-11-25' });
      workspace.set('file:///priya.invite.md', PRIYA, DEFAULT_CONFIG, draft);
      assert.equal(workspace.overview('file:///priya.invite.md', draft).used, alone.used);
      assert.deepEqual([...parsed], [draft]);
    } finally {
      spy.restore();
    }
  });

  it('is not ready when the message is empty', () => {
    assert.deepEqual(readiness('---\nto: Priya\n---\n', DEFAULT_CONFIG).reasons, ['the message is empty']);
  });
});

describe('lifecycle front matter', () => {
  it('validates dates and statuses, and offers the keys in completion with hover help', () => {
    const text = '---\nto: Priya\nstatus: acepted\nsent: 2026-02-30\naccepted: 2026-11-21\n---\nHi Priya, we met at the Denver meetup.';
    const messages = lint(text, DEFAULT_CONFIG).diagnostics.filter((d) => d.rule === 'front-matter').map((d) => d.message);
    assert.deepEqual(messages, ['"acepted" is not a status: did you mean "accepted"?', '"2026-02-30" is not a date: write it as YYYY-MM-DD, e.g. sent: 2026-11-20.']);
    const keys = complete('---\n\n---\n', 4).map((s) => s.label);
    assert.ok(['status', 'sent', 'accepted'].every((key) => keys.includes(key)));
    assert.ok(!keys.includes('sent-digest'), 'the digest is written by Mark as sent, not typed');
    assert.match(hover(text, text.indexOf('accepted'))!.contents, /follow-up-due/);
    assert.ok(isDate('2028-02-29') && !isDate('2027-02-29') && !isDate('2026-1-05'));
    assert.equal(daysBetween('2026-11-21', TODAY), 4);
  });

  it('marks a draft sent, keeping every other byte, and the result lints clean', () => {
    const edits = markStatus(PRIYA, 'sent', '2026-11-20');
    const sent = applyEdits(PRIYA, edits);
    assert.equal(sent, PRIYA.replace('---\n\nHi', `status: sent\nsent: 2026-11-20\nsent-digest: ${messageDigest(PRIYA)}\n---\n\nHi`));
    assert.deepEqual(rulesOf(sent), []);
  });

  it('replaces values where they stand, fills an empty one, and creates front matter on a draft without it (CRLF kept)', () => {
    const existing = '---\nstatus: "draft"\nto: Priya\naccepted:\n---\nHi Priya, we met at the Denver meetup.\n';
    assert.equal(
      applyEdits(existing, markStatus(existing, 'accepted', TODAY)),
      `---\nstatus: accepted\nto: Priya\naccepted: ${TODAY}\n---\nHi Priya, we met at the Denver meetup.\n`,
    );
    const bare = 'Hi Priya,\r\n\r\nWe met at the Denver meetup.\r\n';
    assert.equal(applyEdits(bare, markStatus(bare, 'replied', TODAY)), `---\r\nstatus: replied\r\n---\r\n${bare}`);
    assert.deepEqual(markStatus('---\nto: Priya\nHi Priya', 'sent', TODAY), [], 'an unclosed front matter is left alone');
    assert.throws(() => markStatus(PRIYA, 'sent', '25/11/2026'), /YYYY-MM-DD/);
  });

  it('reports an edit after sending, ignores front matter and rewrapping, and its fix records the new version', () => {
    const sent = applyEdits(PRIYA, markStatus(PRIYA, 'sent', '2026-11-20'));
    const accepted = applyEdits(sent, markStatus(sent, 'accepted', '2026-11-21'));
    assert.deepEqual(rulesOf(accepted), [], 'a status change is not an edit of the message');
    assert.deepEqual(rulesOf(accepted.replace('stuck with me, and', 'stuck with me,\nand')), [], 'nor is rewrapping a line');
    const edited = accepted.replace('stuck with me', 'really stuck with me');
    const diagnostic = lint(edited, DEFAULT_CONFIG).diagnostics.find((d) => d.rule === 'edited-after-sent')!;
    assert.equal(diagnostic.severity, 'info');
    assert.match(diagnostic.message, /changed after it was marked sent on 2026-11-20/);
    assert.deepEqual(rulesOf(applyEdits(edited, diagnostic.fixes[0].edits)), []);
  });

  it('writes a follow-up to the same person with the context carried over, which lints clean once filled in', () => {
    const accepted = applyEdits(PRIYA, markStatus(PRIYA, 'accepted', '2026-11-21'));
    const followUp = followUpDraft(accepted, TODAY);
    const draft = new Draft(followUp, DEFAULT_CONFIG);
    assert.deepEqual([draft.meta.to, draft.meta.kind, draft.meta.scenario?.id, draft.meta.context], [
      'Priya Raman', 'follow-up', 'follow-up', 'We met at the Denver product meetup last Thursday',
    ]);
    assert.match(followUp, /\nHi Priya,\n/);
    // Until the slots are filled: the placeholders, and (info) the next step's time, which a slot does not supply and
    // the context's "last Thursday", when they met, is not.
    assert.ok(rulesOf(followUp).every((rule) => rule === 'unfilled-placeholder' || rule === 'missing-scenario-detail'), rulesOf(followUp).join());
    const filled = followUp.replace(/\[([^\]\n]+)\]/g, (slot) => fillTabStop(slot));
    assert.deepEqual(serious(filled).map((d) => `${d.rule}: ${d.message}`), []);
  });
});

describe('workspace rules', () => {
  const accepted = (to: string, date: string) =>
    `---\nto: ${to}\nscenario: met-at-event\nstatus: accepted\naccepted: ${date}\n---\n\nHi ${to.split(' ')[0]}, it was great meeting you at the Oslo data meetup on Monday. Your take on dbt tests stuck with me.\n`;

  it('follow-up-due: info on an accepted invite after N days without a follow-up to the same person', () => {
    const workspace = new DraftWorkspace({ today: () => TODAY });
    workspace.set('file:///w/ingrid.invite.md', accepted('Ingrid Olsen', '2026-11-20'), DEFAULT_CONFIG);
    workspace.set('file:///w/lars.invite.md', accepted('Lars Berg', '2026-11-24'), DEFAULT_CONFIG);
    const due = workspace.lint('file:///w/ingrid.invite.md').diagnostics.filter((d) => d.rule === 'follow-up-due');
    assert.deepEqual(due.map((d) => [d.severity, d.message.slice(0, 40)]), [['info', 'Ingrid Olsen accepted 5 days ago and no ']]);
    assert.deepEqual(workspace.lint('file:///w/lars.invite.md').diagnostics.map((d) => d.rule), [], 'one day is not yet due');
    assert.equal(workspace.overview('file:///w/ingrid.invite.md').state, 'follow-up-due');

    const changed = workspace.set('file:///w/ingrid-follow-up.invite.md', followUpDraft(accepted('Ingrid Olsen', '2026-11-20'), TODAY), DEFAULT_CONFIG);
    assert.deepEqual(changed, ['file:///w/ingrid.invite.md']);
    assert.deepEqual(workspace.lint('file:///w/ingrid.invite.md').diagnostics.map((d) => d.rule), []);
    assert.equal(workspace.overview('file:///w/ingrid.invite.md').state, 'sent');
    assert.deepEqual(workspace.delete('file:///w/ingrid-follow-up.invite.md'), ['file:///w/ingrid.invite.md']);
    assert.equal(workspace.overview('file:///w/ingrid.invite.md').state, 'follow-up-due');
  });

  it('follow-up-due: N is configurable, and a lone lint never reports it', () => {
    const workspace = new DraftWorkspace({ today: () => TODAY, followUpDays: 7 });
    workspace.set('file:///w/ingrid.invite.md', accepted('Ingrid Olsen', '2026-11-20'), DEFAULT_CONFIG);
    assert.deepEqual(workspace.lint('file:///w/ingrid.invite.md').diagnostics, []);
    assert.deepEqual(rulesOf(accepted('Ingrid Olsen', '2020-01-01')), []);
  });

  it('form-letter: warns on an unsent copy to someone else, naming the file and the similarity', () => {
    const workspace = new DraftWorkspace({ today: () => TODAY });
    workspace.set('file:///w/priya-raman.invite.md', PRIYA, DEFAULT_CONFIG);
    const dana = PRIYA.replace('to: Priya Raman', 'to: Dana Lee').replace('Hi Priya', 'Hi Dana');
    assert.deepEqual(workspace.set('file:///w/dana-lee.invite.md', dana, DEFAULT_CONFIG), ['file:///w/priya-raman.invite.md']);
    const [warning] = workspace.lint('file:///w/dana-lee.invite.md').diagnostics;
    assert.deepEqual([warning.rule, warning.severity, warning.message], ['form-letter', 'warning', '100% the same as priya-raman.invite.md (to Priya Raman); only the name differs.']);
    assert.deepEqual(rulesOf(dana), [], 'a lone lint leaves it out');
    assert.equal(workspace.overview('file:///w/dana-lee.invite.md').ready, false);
    assert.equal(workspace.overview('file:///w/dana-lee.invite.md').topProblem, warning.message);

    // Once Priya's is sent it is history: the warning stays on Dana's copy only.
    workspace.set('file:///w/priya-raman.invite.md', applyEdits(PRIYA, markStatus(PRIYA, 'sent', TODAY)), DEFAULT_CONFIG);
    assert.deepEqual(workspace.lint('file:///w/priya-raman.invite.md').diagnostics, []);
    assert.equal(workspace.lint('file:///w/dana-lee.invite.md').diagnostics.length, 1);
    // Two drafts to the same person are not a form letter; a disable comment silences it.
    workspace.set('file:///w/priya-again.invite.md', PRIYA, DEFAULT_CONFIG);
    assert.deepEqual(workspace.lint('file:///w/priya-again.invite.md').diagnostics.map((d) => d.rule), ['form-letter']);
    workspace.set('file:///w/dana-lee.invite.md', dana.replace('\n\nHi Dana', '\n\n<!-- invite-lint-disable form-letter -->\nHi Dana'), DEFAULT_CONFIG);
    assert.deepEqual(workspace.lint('file:///w/dana-lee.invite.md').diagnostics, []);
    assert.deepEqual(workspace.delete('file:///w/dana-lee.invite.md').sort(), ['file:///w/priya-again.invite.md', 'file:///w/priya-raman.invite.md']);
  });

  it('form-letter: a draft edited while it was alone (not fingerprinted yet) matches the copy that comes next, and again after that copy is gone and back', () => {
    const workspace = new DraftWorkspace({ today: () => TODAY });
    const priya = 'file:///w/priya-raman.invite.md';
    const dana = 'file:///w/dana-lee.invite.md';
    const danaText = PRIYA.replace('to: Priya Raman', 'to: Dana Lee').replace('Hi Priya', 'Hi Dana');
    workspace.set(priya, PRIYA.replace('activation beats sign-ups', 'pricing pages decide'), DEFAULT_CONFIG);
    workspace.lint(priya);
    assert.deepEqual(workspace.set(priya, PRIYA, DEFAULT_CONFIG), []);
    assert.deepEqual(workspace.lint(priya).diagnostics, []);
    assert.deepEqual(workspace.set(dana, danaText, DEFAULT_CONFIG), [priya]);
    assert.deepEqual([workspace.lint(priya), workspace.lint(dana)].map((result) => result.diagnostics.map((d) => d.rule)), [['form-letter'], ['form-letter']]);
    assert.deepEqual(workspace.delete(dana), [priya]);
    assert.deepEqual(workspace.lint(priya).diagnostics, []);
    assert.deepEqual(workspace.set(dana, danaText, DEFAULT_CONFIG), [priya]);
    assert.deepEqual(workspace.lint(dana).diagnostics.map((d) => d.rule), ['form-letter']);
  });

  it('overviews say state, status, used of limit and the top problem', () => {
    const workspace = new DraftWorkspace({ today: () => TODAY });
    workspace.set('file:///w/a.invite.md', PRIYA, DEFAULT_CONFIG);
    workspace.set('file:///w/b.invite.md', "I'd like to add you to my professional network on LinkedIn.", DEFAULT_CONFIG);
    const [a, b] = workspace.overviews();
    assert.deepEqual([a.state, a.status, a.used, a.limit, a.ready, a.to, a.scenario], ['ready', 'draft', 167, 200, true, 'Priya Raman', 'met-at-event']);
    assert.deepEqual([b.state, b.topRule, b.counts.error > 0], ['needs-work', 'stock-invite', true]);
    assert.throws(() => workspace.lint('file:///w/none.invite.md'), /no draft/);
  });
});

describe('form-letter similarity on the labelled pairs', () => {
  const scored = LABELLED_PAIRS.map((pair) => ({
    ...pair,
    score: similarity(fingerprint(new Draft(pair.a, DEFAULT_CONFIG)).shingles, fingerprint(new Draft(pair.b, DEFAULT_CONFIG)).shingles),
  }));

  it('has 40 pairs, half near-duplicates', () => {
    assert.equal(scored.length, 40);
    assert.equal(scored.filter((pair) => pair.formLetter).length, 20);
  });

  it('separates near-duplicates from drafts that share only a template at the documented threshold (precision and recall 100%)', () => {
    const wrong = scored.filter((pair) => pair.score >= FORM_LETTER_THRESHOLD !== pair.formLetter).map((pair) => `${pair.id} ${pair.score.toFixed(2)}`);
    assert.deepEqual(wrong, []);
  });

  it('finds the same pairs through the workspace index (MinHash buckets, not every pair)', () => {
    for (const pair of scored) {
      const workspace = new DraftWorkspace({ today: () => TODAY });
      workspace.set('file:///w/a.invite.md', pair.a, DEFAULT_CONFIG);
      workspace.set('file:///w/b.invite.md', pair.b, DEFAULT_CONFIG);
      const flagged = workspace.lint('file:///w/b.invite.md').diagnostics.some((d) => d.rule === 'form-letter');
      assert.equal(flagged, pair.formLetter, `${pair.id} (${pair.score.toFixed(2)})`);
    }
  });
});

describe('form-letter matching in bulk (the CLI: every draft added, then matched in one pass)', () => {
  it('similarityIf gives the similarity exactly when it is at least the floor and over the bound, else -1, with or without the bit map', () => {
    // A small deterministic generator: sets of up to 60 shingles, sharing some, from the full 32-bit range or a tiny one (ties).
    let seed = 12;
    const random = () => ((seed = (Math.imul(seed ^ (seed >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) | 0) >>> 0) / 2 ** 32;
    const set = (values: number[]) => Uint32Array.from(new Set(values)).sort();
    for (let round = 0; round < 20_000; round++) {
      const values = Array.from({ length: 120 }, () => (random() < 0.5 ? Math.floor(random() * 2 ** 32) : Math.floor(random() * 64)));
      const sizeA = Math.floor(random() * 60);
      const a = set(values.slice(0, sizeA));
      const b = set([...values.slice(0, Math.floor(random() * (sizeA + 1))), ...values.slice(60, 60 + Math.floor(random() * 60))]);
      const exact = similarity(a, b);
      const floor = random() < 0.7 ? FORM_LETTER_THRESHOLD : random() < 0.5 ? exact : random();
      const over = random() < 0.3 ? -1 : random() < 0.5 ? exact : random();
      const expected = exact >= floor && exact > over ? exact : -1;
      assert.equal(similarityIf(a, b, floor, over), expected, `${a} / ${b}`);
      assert.equal(similarityIf(a, b, floor, over, shingleBits(a)), expected, `${a} / ${b} with bits`);
    }
  });

  // The labelled drafts, each also sent to five other people: crowded buckets, where the scan bounds apply.
  const people = ['Ana Silva', 'Ben Okafor', 'Chen Wei', 'Dara Quinn', 'Eli Novak'];
  const drafts = LABELLED_PAIRS.flatMap((pair, index) =>
    [pair.a, pair.b].flatMap((text, side) => [
      [`file:///bulk/${index}-${side}.invite.md`, text],
      ...people.map((person, copy) => [`file:///bulk/${index}-${side}-${copy}.invite.md`, text.replace(/^to: .*$/m, `to: ${person}`)]),
    ]),
  );

  it('add and matchAll lint every draft as set and matching on demand do', () => {
    const onDemand = new DraftWorkspace({ today: () => TODAY });
    const bulk = new DraftWorkspace({ today: () => TODAY });
    for (const [uri, text] of drafts) {
      onDemand.set(uri, text, DEFAULT_CONFIG);
      bulk.add(uri, text, DEFAULT_CONFIG);
    }
    bulk.matchAll();
    let formLetters = 0;
    for (const [uri] of drafts) {
      const expected = onDemand.lint(uri).diagnostics;
      formLetters += expected.filter((d) => d.rule === 'form-letter').length;
      assert.deepEqual(bulk.lint(uri).diagnostics, expected, uri);
    }
    assert.ok(formLetters > drafts.length / 2, `${formLetters} form letters among ${drafts.length} drafts`);
  });

  it('the index finds the candidates a Map of buckets finds, through random adds and removes', () => {
    // The index before its buckets were a table of its own: a Map per band, as the reference.
    class MapIndex {
      readonly buckets = Array.from({ length: BANDS }, () => new Map<number, number[]>());
      add(id: number, print: Fingerprint) {
        print.bands.forEach((key, band) => this.buckets[band].set(key, [...(this.buckets[band].get(key) ?? []), id]));
      }
      remove(id: number, print: Fingerprint) {
        print.bands.forEach((key, band) => {
          const left = (this.buckets[band].get(key) ?? []).filter((other) => other !== id);
          if (left.length > 0) this.buckets[band].set(key, left);
          else this.buckets[band].delete(key);
        });
      }
      shared(print: Fingerprint): number[][] {
        return print.bands.map((key, band) => this.buckets[band].get(key) ?? []).filter((bucket) => bucket.length > 1);
      }
    }
    let seed = 7;
    const random = () => ((seed = (Math.imul(seed ^ (seed >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) | 0) >>> 0) / 2 ** 32;
    // A third of the keys from 300 per band, so buckets fill and empty; the table's slots collide as it grows and shrinks.
    const prints: Fingerprint[] = Array.from({ length: 3_000 }, () => ({ masked: '', shingles: new Uint32Array(0), bands: Array.from({ length: BANDS }, () => (random() < 0.3 ? Math.floor(random() * 300) * 0x9e3779b1 : Math.floor(random() * 2 ** 32)) >>> 0) }));
    const index = new SimilarityIndex();
    const reference = new MapIndex();
    const present = new Set<number>();
    let compared = 0;
    for (let step = 0; step < 20_000; step++) {
      const id = Math.floor(random() * prints.length);
      if (present.has(id)) {
        index.remove(id, prints[id]);
        reference.remove(id, prints[id]);
        present.delete(id);
      } else {
        index.add(id, prints[id]);
        reference.add(id, prints[id]);
        present.add(id);
      }
      if (step % 50 === 0) {
        for (const other of [...present].slice(0, 20)) {
          // With no bound reached, candidates() is every id of the shared buckets, each once, in bucket order.
          const expected = [...new Set(reference.shared(prints[other]).sort((a, b) => a.length - b.length).flatMap((bucket) => bucket.slice(0, 24)))].filter((candidate) => candidate !== other);
          const found = index.candidates(other, prints[other], () => true);
          if (expected.length < 48 && !reference.shared(prints[other]).some((bucket) => bucket.length > 24)) {
            assert.deepEqual(found, expected, `step ${step}, id ${other}`);
            compared++;
          }
        }
      }
    }
    assert.ok(compared > 4_000, `${compared} comparisons`);
  });

  it('drops the matches of matchAll when a draft changes, and release() only forgets a cached result', () => {
    const workspace = new DraftWorkspace({ today: () => TODAY });
    const [[uri, text], [copyUri]] = drafts;
    workspace.add(uri, text, DEFAULT_CONFIG);
    workspace.add(copyUri, drafts[1][1], DEFAULT_CONFIG);
    workspace.matchAll();
    assert.equal(workspace.formLetterMatch(uri)?.file, copyUri.split('/').pop());
    workspace.release(uri);
    assert.equal(workspace.lint(uri).diagnostics.filter((d) => d.rule === 'form-letter').length, 1);
    workspace.delete(copyUri);
    assert.equal(workspace.formLetterMatch(uri), undefined);
    assert.throws(() => workspace.add(uri, text, DEFAULT_CONFIG), /added already/);
  });
});

describe('workspace fixtures (test/fixtures/workspace, linted together on 2026-11-25)', () => {
  const folder = join(fixtureDir, 'workspace');
  const files = readdirSync(folder).filter((name) => name.endsWith('.invite.md'));
  const workspace = new DraftWorkspace({ today: () => TODAY });
  const texts = new Map(files.map((file) => [file, readFileSync(join(folder, file), 'utf8')]));
  for (const [file, text] of texts) workspace.set(file, text, DEFAULT_CONFIG);

  for (const [file, text] of texts) {
    it(`${file} gets exactly its expected hits`, () => {
      const expected = /<!-- expect\r?\n([^]*?)-->/.exec(text)![1].split('\n').map((line) => line.trim()).filter(Boolean).sort();
      const lines = new LineIndex(text);
      const actual = workspace.lint(file).diagnostics.map((d) => {
        const { line, character } = lines.positionAt(d.start);
        return `${d.rule} ${line + 1}:${character + 1} ${d.severity}`;
      });
      assert.deepEqual(actual.sort(), expected);
    });
  }
});
