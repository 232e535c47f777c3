// The classes of failure issue 7 found on drafts nobody tuned on, one test each, in words of our own (not corpus
// sentences): what must fire, what must stay quiet, and one diagnostic per problem.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_CONFIG, Draft, applyEdits, explainDiagnostics, lint, type Diagnostic } from '../../server/src/engine';

const diagnosticsOf = (text: string, rule: string): Diagnostic[] => lint(text, DEFAULT_CONFIG).diagnostics.filter((d) => d.rule === rule);
const hitsOf = (text: string, rule: string) => diagnosticsOf(text, rule).map((d) => text.slice(d.start, d.end));
const fires = (text: string, rule: string) => diagnosticsOf(text, rule).length > 0;
const withTo = (to: string, body: string, extra = '') => `---\nto: ${to}\n${extra}---\n${body}`;

describe('early-ask: asks in other words, and topics that only sound like asks', () => {
  it('reads a request to them followed by a favour done to the sender as an ask', () => {
    for (const ask of [
      'Would you mind passing my CV along to the people running the search?',
      'Would you be open to introducing me to your head of data?',
      'Could you review my dissertation chapter before I submit it?',
      'I have attached my grant proposal. Could you take a quick look at it?',
      'If you could put me forward for the analyst opening, that would mean a lot.',
    ]) {
      assert.ok(fires(`Hi Wen, I run the ML reading group at Bocconi. ${ask}`, 'early-ask'), ask);
    }
  });

  it('leaves topics, thanks, offers and small questions alone', () => {
    for (const quiet of [
      'Your session on designing a referral scheme for a two-sided marketplace changed how I think about incentives.',
      'I enjoyed your Intro to Kotlin workshop and your thread about hiring juniors.',
      'Thanks for reading my note on the flaky-test study last week.',
      'Could you share with me how you structured the rollout?',
      "I'd love to share my paper on the same dataset if it's useful.",
      'I want to apply your checklist to our ward handovers.',
      'Are there opportunities to volunteer at the next meetup?',
    ]) {
      assert.ok(!fires(`Hi Wen, I run the ML reading group at Bocconi. ${quiet}`, 'early-ask'), quiet);
    }
  });

  it('lets a recruiter be offered a CV, but not anyone else', () => {
    const offer = 'Hi Wen, I am a platform engineer with six years of Go. I have attached my CV and can send my portfolio too.';
    assert.ok(!fires(withTo('Wen', offer, 'scenario: recruiter\n'), 'early-ask'));
    assert.ok(fires(withTo('Wen', 'Hi Wen, I am a platform engineer. Could you pass my CV to the hiring team?', 'scenario: hiring-manager\n'), 'early-ask'));
  });

  it('reports a sentence holding two asks once', () => {
    const text = 'Hi Wen, I am job hunting in Milan. I am looking for a job and could you help me get one at your company?';
    assert.equal(diagnosticsOf(text, 'early-ask').length, 1);
  });
});

describe('unearned-reference: reference asks in other words', () => {
  it('flags traded endorsements, referees and "would it be possible"', () => {
    assert.ok(fires('Hi Wen, fellow Rust dev here. Shall we endorse each other for async programming?', 'unearned-reference'));
    assert.ok(fires('Hi Wen, I am applying to Bocconi. Would you be my referee for the application?', 'unearned-reference'));
    assert.ok(fires('Hi Wen, we shared a desk for one summer. Would it be possible to get a short recommendation from you?', 'unearned-reference'));
  });

  it('flags a request after a short overlap even between colleagues', () => {
    const text = withTo('Wen', 'Hi Wen, we overlapped for five weeks on the billing migration. Could you write a recommendation for me?', 'kind: message\nrelationship: colleague\n');
    assert.ok(fires(text, 'unearned-reference'));
  });
});

describe('sales-pitch: pitches told as questions and news', () => {
  it('reads two kinds of weak signal as one pitch, reported once', () => {
    const text = 'Hi Wen, are your ops folks still copying shipment data into spreadsheets? We have worked with 40+ retailers on exactly that. Worth a short call?';
    assert.equal(diagnosticsOf(text, 'sales-pitch').length, 1);
    assert.ok(fires('Hi Wen, we help boutique gyms keep members. I would love to show you how it works.', 'sales-pitch'));
    assert.ok(fires('Hi Wen, I am the founder of Tessellate; we built a tool that schedules shifts. Want one of 15 founding spots?', 'sales-pitch'));
  });

  it('stays quiet on one weak signal: a chat about their talk, the sender\'s own product', () => {
    assert.ok(!fires('Hi Wen, I run the Lisbon Rust meetup and loved your talk on lifetimes. Worth a short chat about it next Tuesday?', 'sales-pitch'));
    assert.ok(!fires('Hi Wen, we built an app for the climbing gym where we both train. Your route-setting talk was great.', 'sales-pitch'));
  });

  it('reports a booking link in a sentence already reported as part of it', () => {
    const text = 'Hi Wen, book a demo of our planner here: calendly.com/planner/demo';
    assert.equal(diagnosticsOf(text, 'sales-pitch').length, 1);
  });
});

describe('flattery: piles beside the greeting, shouting and cheering emoji', () => {
  it('does not take the greeted name for a specific detail', () => {
    assert.deepEqual(hitsOf('Hi Marguerite, you are brilliant and inspiring! I teach chemistry.', 'flattery'), ['brilliant and inspiring']);
  });

  it('flags three superlatives in one sentence whatever place is named', () => {
    assert.ok(fires('Hi Wen, you are a true visionary, a legend and the best engineer in Asia!', 'flattery'));
  });

  it('flags shouted praise with cheering emoji', () => {
    assert.ok(fires('Hi Wen, YOUR KEYNOTE WAS INCREDIBLE 🔥🔥 I teach chemistry.', 'flattery'));
  });

  it('lets one superlative with a specific detail through', () => {
    assert.ok(!fires('Hi Wen, your amazing talk at KubeCon on eBPF tracing was inspiring. I teach chemistry.', 'flattery'));
    assert.ok(!fires('Hi Wen, the best part of your talk was the inspiring demo. I teach chemistry.', 'flattery'));
  });
});

describe('generic-phrase: clichés beyond the list, by their shape', () => {
  it('flags ways of saying you looked at their profile, synergies and "trust this meets you well"', () => {
    for (const cliche of [
      'Your profile really caught my attention.',
      'I was browsing through your impressive profile.',
      'I would like to explore possible synergies.',
      'I trust this message reaches you well.',
      'I am expanding my professional network in Leeds.',
    ]) {
      assert.ok(fires(`Hi Wen, I teach chemistry in Leeds. ${cliche}`, 'generic-phrase'), cliche);
    }
  });
});

describe('vague-plan: plans put off to "the coming weeks" and days of the month', () => {
  const followUp = (body: string) => `---\nkind: follow-up\n---\nHi Wen, thanks for connecting. ${body}`;
  it('flags a call in the coming weeks and picking their brain at some point', () => {
    assert.ok(fires(followUp('It would be good to have a call in the coming weeks.'), 'vague-plan'));
    assert.ok(fires(followUp('I would love to pick your brain about grant writing at some point.'), 'vague-plan'));
  });

  it('counts a day of the month as a time', () => {
    assert.ok(!fires(followUp('Could I buy you a coffee at the Lisbon Go meetup on the 21st?'), 'vague-plan'));
  });

  it('does not read "compare notes" alone as a meeting request', () => {
    assert.ok(!fires(followUp('I would love to compare notes on grant writing.'), 'vague-plan'));
  });
});

describe('no-greeting and name-mismatch: who the greeting names', () => {
  it('does not take a bio line after "Hello," for a name', () => {
    assert.ok(fires('Hello, Certified Kubernetes Administrator | Terraform | Go. Let us connect!', 'no-greeting'));
    assert.ok(!fires('Hello, Mary Ann! I teach chemistry in Leeds and loved your talk on titration.', 'no-greeting'));
  });

  it('matches a family name, a two-letter short name, the name alone and other spellings of it', () => {
    const body = ' I teach chemistry in Leeds and loved your talk on titration.';
    for (const [to, greeting] of [
      ['Chidi Okafor', 'Dear Mr Okafor,'],
      ['Edward Lamb', 'Hi Ed,'],
      ['Ahmed Khan', 'Ahmed!'],
      ['Aleksandra Nowak', 'Hi Alex,'],
      ['Muhammad Iqbal', 'Dear Mohammed,'],
      ['Łukasz Wójcik', 'Hi Lukasz,'],
      ['Søren Lund', 'Hej Soren,'],
    ]) {
      assert.ok(!fires(withTo(to, greeting + body), 'name-mismatch'), `${greeting} for ${to}`);
    }
    assert.ok(fires(withTo('Dana Cohen', `Hi Dina,${body}`), 'name-mismatch'), 'a different short name is still a slip');
  });
});

describe('unfilled-placeholder: merge tags, and code that only looks like a slot', () => {
  it('flags merge tags of the common mailers', () => {
    assert.deepEqual(hitsOf('Hi *|FNAME|*, we met at %firstName%\'s talk. See you, {{ first_name }}.', 'unfilled-placeholder'), [
      '*|FNAME|*',
      '%firstName%',
      '{{ first_name }}',
    ]);
  });

  it('leaves code names and quoted titles alone', () => {
    const text = 'Hi Wen, your post on {fmt}, std::expected<T, E> and Vec<T> in "TODO: Ship It" was great.';
    assert.deepEqual(hitsOf(text, 'unfilled-placeholder'), []);
  });
});

describe('one diagnostic per problem', () => {
  it('no rule reports the same sentence twice with the same message', () => {
    const texts = [
      'Hi Wen, I am looking for a job, could you refer me and put in a good word?',
      'Hi Wen, book a demo: our platform helps teams like yours 10x pipeline. calendly.com/x/demo',
      'Hi Wen, would you write me a recommendation, and could you endorse me too?',
    ];
    for (const text of texts) {
      const draft = new Draft(text, DEFAULT_CONFIG);
      const seen = new Set<string>();
      for (const d of lint(text, DEFAULT_CONFIG).diagnostics) {
        const key = `${d.rule} ${draft.sentenceOfWord(draft.words.findIndex((word) => word.end > d.start))?.start} ${d.message}`;
        assert.ok(!seen.has(key), `${d.rule} twice in one sentence: ${text}`);
        seen.add(key);
      }
    }
  });

  it('the hover leads with the most severe rule and keeps the others to a line each', () => {
    const why = explainDiagnostics(
      [
        { rule: 'no-greeting', severity: 'warning' },
        { rule: 'stock-invite', severity: 'error' },
        { rule: 'no-reason', severity: 'warning' },
        { rule: 'stock-invite', severity: 'error' },
      ],
      (rule) => `docs/rules/${rule}.md`,
    )!;
    assert.match(why, /^\*\*Why stock-invite:\*\* .*\(docs\/rules\/stock-invite\.md\)\n/);
    assert.equal(why.match(/\*\*Why /g)?.length, 1);
    const others = why.split('\n').filter((line) => line.startsWith('- '));
    assert.deepEqual(others.map((line) => /^- \[([\w-]+)\]/.exec(line)?.[1]), ['no-greeting', 'no-reason']);
    assert.ok(others.every((line) => line.includes('(warning)')));
    assert.equal(explainDiagnostics([], String), undefined);
  });
});

describe('missing-scenario-detail: elements given in other words, and elements a placeholder does not supply', () => {
  const scenarioDraft = (scenario: string, body: string, extra = '') => `---\nto: Ines Duarte\nscenario: ${scenario}\n${extra}---\n${body}`;
  const missing = (text: string) => diagnosticsOf(text, 'missing-scenario-detail').map((d) => d.message);

  it('finds the shared workplace, the gap and the update however they are put', () => {
    for (const body of [
      'Hi Ines, how are you? I still laugh about the Coimbra office coffee machine.',
      'Hi Ines, how r u!! miss the old sonae standups',
      'Hi Ines, how have you been? That hospital internship summer feels like yesterday.',
    ]) {
      assert.deepEqual(missing(scenarioDraft('former-colleague', body)), [], body);
    }
    for (const body of [
      "Hi Ines, its been like 4 yrs since the rowing club. im teaching chemistry in Braga now. hows the boat?",
      "Hi Ines, it's been forever since our choir tours! I moved to Faro and now run a bakery.",
    ]) {
      assert.deepEqual(missing(scenarioDraft('reconnect', body)), [], body);
    }
  });

  it('takes "<Full Name> said" as a named mutual contact, but not "a mutual friend said"', () => {
    assert.deepEqual(missing(scenarioDraft('mutual-connection', 'Hi Ines, Rui Costa said you know everything about cork recycling. I run a small shoe brand in Porto.')), []);
    assert.equal(missing(scenarioDraft('mutual-connection', 'Hi Ines, a mutual friend said you know everything about cork recycling.')).length, 1);
  });

  it('sees the shared interest in a stranger note that sets the sender beside their work, or says so in the subject', () => {
    const beside = 'Hi Ines, I found your poster on tidal sensors through the Ocean Data forum. I build buoy firmware in Aveiro and hit the same drift problem.';
    assert.deepEqual(missing(scenarioDraft('stranger-shared-interest', beside)), []);
    const subject = scenarioDraft('stranger-shared-interest', 'Hi Ines, I watched your webinar on kelp farming last week. Could we compare notes?', 'kind: inmail\nsubject: From a fellow kelp grower\n');
    assert.deepEqual(missing(subject), []);
  });

  it('asks a met-at-event note for one detail of the conversation', () => {
    const bare = scenarioDraft('met-at-event', 'Hi Ines, nice meeting you at the Porto Tech Hub on Friday. Let us stay in touch.');
    assert.deepEqual(missing(bare), ['A met-at-event note names one detail of your conversation: add it.']);
    const detail = scenarioDraft('met-at-event', 'Hi Ines, nice meeting you at the Porto Tech Hub on Friday. You mentioned a tram dataset I would love to see.');
    assert.deepEqual(missing(detail), []);
  });

  it('wants a read-their-work note to name the piece by its title or topic, not only praise it', () => {
    assert.equal(missing(scenarioDraft('read-their-work', 'Hi Ines, your essay was wonderful. I am a teacher in Lisbon.')).length, 1);
    assert.deepEqual(missing(scenarioDraft('read-their-work', 'Hi Ines, your essay on oral exams changed my grading. I am a teacher in Lisbon.')), []);
    assert.deepEqual(missing(scenarioDraft('read-their-work', 'Hi Ines, your Observador column was sharp. I am a teacher in Lisbon.')), []);
  });

  it("does not take a job post or an opening on a hiring manager's team for the team's work", () => {
    const jobPost = 'Hi Ines, I saw your job post for the Farfetch search team and I am very interested in the opening.';
    assert.equal(missing(scenarioDraft('hiring-manager', jobPost)).length, 1);
    const shipped = 'Hi Ines, your team at Farfetch shipped the new size guide last month; the fit model is clever. I am a data scientist.';
    assert.deepEqual(missing(scenarioDraft('hiring-manager', shipped)), []);
  });

  it('flags a job request in an informational interview, but not a favour unrelated to jobs or a promise not to ask', () => {
    const base = "Hi Ines, I'm a nurse moving into informatics. Could we talk for 20 minutes, whenever suits you?";
    assert.deepEqual(missing(scenarioDraft('informational-interview', `${base} And if there are openings on your team, a referral would mean a lot.`)), ['An informational-interview note asks for no job: take the job request out, or save it for after the conversation.']);
    assert.deepEqual(missing(scenarioDraft('informational-interview', `${base} I'm not asking about jobs, only about your path.`)), []);
    assert.deepEqual(missing(scenarioDraft('informational-interview', "hi ines, im a nursing student in Coimbra. could i ask 15 mins of questions, any day that suits u?")), []);
  });

  it('offers to take the job request out of an informational-interview note, and the note is clear once it is applied', () => {
    const base = "Hi Ines, I'm a nurse moving into informatics. Could we talk for 20 minutes, whenever suits you?";
    const text = scenarioDraft('informational-interview', `${base} And if there are openings on your team, a referral would mean a lot.`);
    const diagnostic = lint(text, DEFAULT_CONFIG).diagnostics.find((d) => d.rule === 'missing-scenario-detail')!;
    const fix = diagnostic.fixes.find((candidate) => candidate.title === 'Remove the job request');
    assert.ok(fix, diagnostic.fixes.map((candidate) => candidate.title).join(', '));
    const fixed = applyEdits(text, fix.edits);
    assert.ok(!fixed.includes('referral'), fixed);
    assert.ok(fixed.includes(base), fixed);
    assert.deepEqual(missing(fixed), []);
    // Offered, not preferred: fix-all never deletes a request the writer made.
    assert.ok(!fix.isPreferred);
  });

  it('still shows the job request on a note over the limit, where it is a way to cut, not a call for more text', () => {
    const long = "Hi Ines, I'm a nurse moving into informatics, and your move from the ward to clinical data is the path I hope to take. Could we talk for 20 minutes, whenever suits you?";
    const text = scenarioDraft('informational-interview', `${long} And if there are openings on your team, a referral would mean a lot.`);
    const rules = lint(text, DEFAULT_CONFIG).diagnostics.map((d) => d.rule);
    assert.ok(rules.includes('too-long'), rules.join());
    assert.deepEqual(missing(text), ['An informational-interview note asks for no job: take the job request out, or save it for after the conversation.']);
  });

  it('does not count a placeholder as the element it stands for, but leaves an unfilled template to unfilled-placeholder', () => {
    assert.ok(missing(scenarioDraft('met-at-event', 'Hi Ines, great meeting you at XXX last week! Loved our chat about wave energy.')).some((m) => /the event/.test(m)));
    assert.deepEqual(missing(scenarioDraft('met-at-event', 'Hi [Name], great meeting you at [event] [when]. Loved our chat about [topic].')), []);
  });
});

describe('no-reason: reasons said with an adverb, a brain to pick, an inspiration or a talk heard', () => {
  it('takes these as reasons from a stranger', () => {
    for (const reason of [
      "I'd really like to learn how you grew the volunteer network.",
      "I'd love to pick your brain about moving from audit into product.",
      "Your lab's open-hardware approach has inspired me since my first year.",
      'I heard you speak at the Porto water forum on leak detection.',
      'I saw the analyst opening on your team and I am very interested.',
    ]) {
      assert.ok(!fires(`Hi Ines, I'm a civil engineer in Braga. ${reason}`, 'no-reason'), reason);
    }
  });

  it('still asks a stranger who only wants to connect for a reason', () => {
    assert.ok(fires("Hi Ines, I'm a civil engineer in Braga. Let's connect.", 'no-reason'));
  });
});
