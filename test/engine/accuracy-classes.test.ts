// Classes of failure found on the fresh blind set (opened in session 8), one test each, in words of our own (not the
// corpus's sentences): what must stay quiet on a good draft, what must still fire.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_CONFIG, lint, type Diagnostic } from '../../server/src/engine';

const diagnosticsOf = (text: string, rule: string): Diagnostic[] => lint(text, DEFAULT_CONFIG).diagnostics.filter((d) => d.rule === rule);
const fires = (text: string, rule: string) => diagnosticsOf(text, rule).length > 0;
const draft = (front: string, body: string) => `---\n${front}---\n${body}\n`;

describe('no-greeting and name-mismatch: greetings without a greeting word first', () => {
  it('takes a first sentence that ends by addressing them ("Thanks for accepting, Priya!") as the greeting', () => {
    for (const body of ['Thanks for accepting, Priya! Could I buy you a coffee on Friday at 10?', 'Great to meet you at PyCon yesterday, Priya. Your point on typing stuck.']) {
      const text = draft('to: Priya Raman\nkind: follow-up\n', body);
      assert.ok(!fires(text, 'no-greeting'), body);
      assert.ok(!fires(text, 'name-mismatch'), body);
    }
  });

  it('still asks for a greeting when the name ends a later sentence, or is not theirs', () => {
    assert.ok(fires(draft('to: Priya Raman\n', 'Thanks for accepting! Your talk was great, Priya.'), 'no-greeting'));
    assert.ok(fires(draft('to: Priya Raman\n', 'Thanks for accepting, everyone!'), 'no-greeting'));
  });

  it('reads honorifics before the name in other languages, and an informal greeting word before it', () => {
    for (const opener of ['Chào anh Minh!', 'Estimado Dr. Minh,', 'Halo Pak Minh,', 'Alright Minh!', 'Oi Minh,']) {
      const text = draft('to: Minh Tran\n', `${opener} Fellow Hanoi '16 grad here, curious how you moved into data.`);
      assert.ok(!fires(text, 'no-greeting'), opener);
      assert.ok(!fires(text, 'name-mismatch'), opener);
    }
  });
});

describe('unfilled-placeholder: a marker or a bracket that belongs to the prose', () => {
  it('leaves a bracket inside a quoted title ([sic]) and a marker named as a thing ("every TODO comment") alone', () => {
    assert.ok(!fires('Hi Wen, your post "Hiring for 10 Years of Rust [sic]" made me laugh.', 'unfilled-placeholder'));
    assert.ok(!fires('Hi Wen, I liked your rule that every TODO comment needs a ticket, and the FIXME list idea.', 'unfilled-placeholder'));
  });

  it('still flags a bracket that is the whole quote, and a marker left as a note', () => {
    assert.ok(fires('Hi Wen, I loved your post "[post title]" on testing.', 'unfilled-placeholder'));
    assert.ok(fires('Hi Wen, we met at the TODO meetup. TODO add the detail.', 'unfilled-placeholder'));
  });
});

describe('unearned-reference: colleagues who return the favour', () => {
  it('lets a colleague of years ask in a message and offer one back', () => {
    const text = draft('to: Wen Li\nkind: message\nrelationship: colleague\n', 'Hi Wen, after four years on the payments team together, would you write me a short recommendation? Happy to return the favour.');
    assert.ok(!fires(text, 'unearned-reference'));
  });

  it('still flags a swap after a short overlap', () => {
    const text = draft('to: Wen Li\nkind: message\nrelationship: colleague\n', 'Hi Wen, we overlapped for two weeks. Could you endorse me for Kotlin? I will endorse you back.');
    assert.ok(fires(text, 'unearned-reference'));
  });
});

describe('vague-plan: the time given just after the proposal', () => {
  it('takes slots listed after the proposal as its time', () => {
    const text = draft('to: Wen Li\nkind: follow-up\n', 'Hi Wen,\n\nCould I buy you a coffee near the office? Either works for me:\n- Tuesday 4 March, 10:00\n- Thursday 6 March, 15:30\n');
    assert.ok(!fires(text, 'vague-plan'));
  });

  it('still flags a vague proposal followed by unrelated news with a date', () => {
    const text = draft('to: Wen Li\nkind: follow-up\n', 'Hi Wen, thanks for connecting! Let us grab coffee sometime. Our launch is on Friday.');
    assert.ok(fires(text, 'vague-plan'));
  });
});

describe('no-reason: praise, thanks and relationships', () => {
  it('does not take praise of a quality ("your visionary leadership") or a bare "thanks for connecting" as a reason', () => {
    assert.ok(fires('Hi Wen, I am a nursing student. Your amazing, incredible, visionary leadership moves me. An honour to connect.', 'no-reason'));
    assert.ok(fires(draft('to: Wen Li\nkind: follow-up\n', 'Hi Wen, thanks for connecting! Let me know if I can ever help.'), 'no-reason'));
  });

  it('takes thanks for connecting after a meeting, a piece of their work and a shared field as reasons', () => {
    assert.ok(!fires(draft('to: Wen Li\nkind: follow-up\n', 'Hi Wen, thanks for connecting after the Lisbon data meetup! Shall we get coffee on Friday at 9?'), 'no-reason'));
    assert.ok(!fires('Hi Wen, I teach simulation nursing in Leeds. Saw your 2023 conference poster on debriefing, very useful.', 'no-reason'));
    assert.ok(!fires('Hi Wen, Sara Lund suggested I reach out: you ran the transit accessibility study, which is exactly my area.', 'no-reason'));
  });

  it('takes a relationship stated in the front matter as the reason, even for a one-line note', () => {
    assert.ok(!fires(draft('to: Wen Li\nrelationship: acquaintance\n', 'Hi Wen, adding you here.'), 'no-reason'));
    assert.ok(fires(draft('to: Wen Li\nrelationship: stranger\n', 'Hi Wen, adding you here.'), 'no-reason'));
  });
});

describe('missing-scenario-detail and no-self-intro: elements said in other shapes', () => {
  const detail = (front: string, body: string) => diagnosticsOf(draft(front, body), 'missing-scenario-detail').map((d) => d.message);

  it('reads "<title> here" as a recruiter note\'s title and focus', () => {
    assert.deepEqual(detail('to: Wen Li\nscenario: recruiter\n', 'Hi Wen, saw you hire for Zalando data teams. Data engineer (Spark, dbt) in Lisbon here, open to a move. Anything fitting?'), []);
  });

  it('reads a shared activity ("both studying for ...") as the group topic and as saying who the sender is', () => {
    const text = draft('to: Wen Li\nscenario: group-member\n', 'Hi Wen, we are both in the Cloud Women Lisbon group and both studying for the CKA. Happy to swap notes.');
    assert.deepEqual(diagnosticsOf(text, 'missing-scenario-detail'), []);
    assert.ok(!fires(text, 'no-self-intro'));
  });

  it('finds a mutual contact named in full a few words before "said", but not the greeted name', () => {
    assert.deepEqual(detail('to: Wen Li\nscenario: mutual-connection\n', 'Hi Wen, Tomas Berg from the Lisbon PM guild said you led the wallet launch. I am a PM at a fintech too.'), []);
    assert.equal(detail('to: Wen Li\nscenario: mutual-connection\n', 'Hi Wen Li, a friend said you led the wallet launch. I am a PM at a fintech too.').length, 1);
    // A sentence that ends on a verb ("keen to connect") is no "told me" with its "me" missing.
    assert.equal(detail('to: Wen Li\nscenario: mutual-connection\n', 'Hi Wen, a friend said you know wallets. PM at Nubank Lisbon, keen to connect').length, 1);
  });

  it("takes the recipient's old lab or faculty as the alumni note's school", () => {
    assert.deepEqual(detail('to: Dr. Wen Li\nscenario: alumni\n', 'Hi Dr. Li, I am a student in your old ETH lab. Your move into robotics startups is the path I hope to take.'), []);
  });
});

describe('no-shared-context: a fellow-X line without the word', () => {
  it('takes "I\'m also in <their field>" as common ground, and a bio line alone as none', () => {
    assert.ok(!fires('Hi Wen, im also in cold-chain logistics in Antwerp and would like to follow how your team handles the new rules.', 'no-shared-context'));
    assert.ok(fires('Hi Wen, I work in logistics in Antwerp and think we should connect.', 'no-shared-context'));
  });
});

describe('no-shared-context: praise and pitches stand in for a tie to them (session 9, second pass)', () => {
  it('flags a note whose only names are praise of them and their employer, and says praise is no link', () => {
    const text = 'Hi Lena, you are a phenomenal, visionary engineer and Siemens is a remarkable place. I study mechatronics in Graz and would love to connect.';
    const found = diagnosticsOf(text, 'no-shared-context');
    assert.equal(found.length, 1);
    assert.match(found[0].message, /Praise of them is not a link/);
  });

  it('keeps praise quiet when a talk they gave, or their company\'s work in the possessive, stands behind it', () => {
    assert.ok(!fires('Hi Lena, I heard you speak at Embedded World, and you are a phenomenal, visionary engineer. I study mechatronics in Graz.', 'no-shared-context'));
    const praise = 'is remarkable, amazing and brilliant, and I\'d love to hear how you test it.';
    assert.ok(!fires(`Hi Lena, Siemens's work on rail signalling ${praise}`, 'no-shared-context'));
    assert.ok(fires(`Hi Lena, Siemens ${praise}`, 'no-shared-context'));
  });

  it('flags an invite that pitches to their business with a question about it, and says why', () => {
    const text = draft('to: Joao Silva\n', 'Hi Joao, is your bakery still taking orders by phone? I built Pedido, we cut missed orders 40% for 80 bakeries in Porto. Worth a quick demo?');
    const found = diagnosticsOf(text, 'no-shared-context');
    assert.equal(found.length, 1);
    assert.match(found[0].message, /pitch about their business/);
  });

  it('leaves a pitch alone where the first corpus reads it as tied: after they accepted, or naming their role', () => {
    assert.ok(!fires(draft('to: Joao Silva\nkind: follow-up\n', 'Hi Joao, thanks for connecting! Our app helps bakeries cut missed orders. Can I book a demo next Tuesday?'), 'no-shared-context'));
    assert.ok(!fires(draft('to: Joao Silva\n', "Hi Joao, saw you're head of ops at Padaria Norte. Our app cuts missed orders by 40%. Book a call: calendly.com/pedido/intro"), 'no-shared-context'));
  });
});

describe("dev's four flagged good drafts, by class (looked at in session 9, fixed as classes)", () => {
  it('leaves a cliché alone inside a quoted title, and still flags it in the prose', () => {
    assert.ok(!fires('Hi Omar, your essay "Why I Stopped Writing \'Hope This Finds You Well\'" changed how our team writes.', 'generic-phrase'));
    assert.ok(fires('Hi Omar, hope this finds you well. Your essay on cold email changed how our team writes.', 'generic-phrase'));
  });

  it('takes diminutives whose ending changes ("Andy" for Andrew, "Becky" for Rebecca) as their name', () => {
    assert.ok(!fires(draft('to: Andrew Fox\n', 'Andy! Your thread on bike lanes in Leeds was spot on.'), 'name-mismatch'));
    assert.ok(!fires(draft('to: Rebecca Stone\n', 'Hi Becky, your thread on bike lanes in Leeds was spot on.'), 'name-mismatch'));
    assert.ok(fires(draft('to: Rebecca Stone\n', 'Hi Andy, your thread on bike lanes in Leeds was spot on.'), 'name-mismatch'));
  });

  it('lets a recruiter be asked about roles and to pass the CV on, whether the scenario or the note says they recruit', () => {
    assert.ok(!fires(draft('to: Ana Ruiz\nscenario: recruiter\n', 'Hi Ana, I build payment APIs in Go. Could you forward my CV to the team hiring for the Madrid backend role?'), 'early-ask'));
    assert.ok(!fires('Hi Ana, I see you recruit for fintech teams in Madrid; are you hiring backend engineers this autumn?', 'early-ask'));
    assert.ok(fires('Hi Ana, I see you design for fintech teams in Madrid; are you hiring backend engineers this autumn?', 'early-ask'));
  });
});

describe('missing-scenario-detail: elements read for what they are (session 9, third pass)', () => {
  const detail = (front: string, body: string) => diagnosticsOf(draft(front, body), 'missing-scenario-detail').map((d) => d.message);

  it('takes a length ("25 minutes") as no timing, and one fixed slot with no alternative as no flexible timing', () => {
    const who = "Hi Tomasz, I'm a QA lead in Gdańsk weighing a move into security, the path you took.";
    assert.ok(detail('to: Tomasz Nowak\nscenario: informational-interview\n', `${who} Could I borrow 25 minutes to ask how you began?`).some((m) => m.includes('flexible timing')));
    assert.ok(detail('to: Tomasz Nowak\nscenario: informational-interview\n', `${who} Could we speak for 25 minutes on Friday at 5pm CET?`).some((m) => m.includes('flexible timing')));
    for (const when of ['on Friday at 5pm or Monday morning', 'on a Friday, any week you like', 'next week', 'whenever it fits your calendar']) {
      assert.deepEqual(detail('to: Tomasz Nowak\nscenario: informational-interview\n', `${who} Could we speak for 25 minutes ${when}?`), [], when);
    }
  });

  it("takes a follow-up's time from the proposal, not from the sentence that says when you met", () => {
    const front = 'to: Leila Haddad\nkind: follow-up\nscenario: follow-up\n';
    const met = 'Hi Leila, thanks for accepting! Lovely meeting you at the Beirut design days on Thursday.';
    assert.ok(detail(front, `${met} I'd like to hear more about your type foundry.`).some((m) => m.includes('next step with a time')));
    assert.deepEqual(detail(front, `${met} Could we have a coffee on Tuesday at 10 near your studio?`), []);
  });

  it('asks alumni and shared-interest notes for a reason when nothing says why this person', () => {
    assert.ok(detail('to: Rui Costa\nscenario: alumni\n', "Hi Rui, I'm a Porto Engineering grad too ('19). Always good to link up with alumni!").some((m) => m.includes('reason')));
    assert.ok(detail('to: Rui Costa\nscenario: stranger-shared-interest\n', "Hi Rui, I'm a beekeeper in Braga. I saw your hive photos in the Portuguese Beekeepers group.").some((m) => m.includes('reason')));
    assert.deepEqual(detail('to: Rui Costa\nscenario: alumni\n', "Hi Rui, I'm a Porto Engineering grad too ('19). I'd love to hear how you moved from civil works into wind farms."), []);
  });

  it('takes "what your team is building" as naming none of their work, and the work itself as naming it', () => {
    const front = 'to: Ines Moreau\nscenario: hiring-manager\n';
    assert.ok(fires(draft(front, "Hi Ines, I'm a platform engineer and would like to follow what your team is building."), 'missing-scenario-detail'));
    assert.ok(!fires(draft(front, "Hi Ines, I'm a platform engineer; your team is building a Rust query planner and I'd like to follow it."), 'missing-scenario-detail'));
  });
});

describe('early-ask and unearned-reference: asks in other shapes (session 9, third pass)', () => {
  it('reads "is your team hiring?" said as "you\'re hiring" asked, and leaves it alone said as what the sender saw', () => {
    assert.ok(fires(draft('to: Kemal Arslan\n', 'Hi Kemal, fellow Bilkent grad here. Is there any chance you\'re hiring analysts this spring?'), 'early-ask'));
    assert.ok(!fires(draft('to: Kemal Arslan\n', "Hi Kemal, I'm an analyst in Ankara and saw you're hiring; I'd like to follow the team's work on credit risk."), 'early-ask'));
  });

  it('takes "put in a word for me" as a favour, and a good word after a brief meeting as an unearned recommendation', () => {
    assert.ok(fires(draft('to: Kemal Arslan\n', 'Hi Kemal, loved your Devoxx talk. Could you put in a word for me with your team lead?'), 'early-ask'));
    assert.ok(fires(draft('to: Kemal Arslan\n', 'Hi Kemal, we chatted briefly at the Izmir meetup. Could you put in a good word with your hiring manager?'), 'unearned-reference'));
    assert.ok(!fires(draft('to: Kemal Arslan\nkind: follow-up\n', 'Hi Kemal, thanks for connecting after the Izmir meetup. Could you put in a good word for me with your hiring manager?'), 'unearned-reference'));
  });

  it('reads "can I put you down as one?" after a request for referees as asking for a reference', () => {
    const front = 'to: Kemal Arslan\nkind: message\nrelationship: colleague\ncontext: Two weeks on the same hackathon team.\n';
    assert.ok(fires(draft(front, 'Kemal, selam! The bank wants two referees from me. Can I put you down as one?'), 'unearned-reference'));
    assert.ok(!fires(draft(front, 'Kemal, selam! Can I put you down as a speaker for our meetup in May?'), 'unearned-reference'));
  });
});

describe('sales-pitch: pitches told as questions, collateral and fit (session 9, fourth pass)', () => {
  it('reads a service category put to them and a count of work delivered as one pitch, and names what it read', () => {
    const text = draft('to: Nadia Haddad\n', 'Hi Nadia, read your note on growing the Lyon support desk. Ever thought about outsourcing night shifts? We have trained 300+ agents for French banks.');
    const found = diagnosticsOf(text, 'sales-pitch');
    assert.equal(found.length, 1);
    assert.match(found[0].message, /an offer/);
    assert.match(found[0].message, /a count of clients served/);
  });

  it('reads a fit claimed for them beside an offered trial or the sender\'s product as a pitch', () => {
    assert.ok(fires(draft('to: Nadia Haddad\n', "Hi Nadia, I run a small rostering startup. Would this be a good fit for your clinics? Glad to share a demo account."), 'sales-pitch'));
    assert.ok(fires(draft('to: Nadia Haddad\nkind: follow-up\n', 'Hi Nadia, following up on our scheduling tool. Did you manage to open the brochure? Keen to hear back.'), 'sales-pitch'));
    assert.ok(fires(draft('to: Nadia Haddad\nkind: follow-up\n', "Hi Nadia, great panel on Monday! We're launching a shift-planning app and it could be a great fit for Doctolib."), 'sales-pitch'));
  });

  it('stays quiet on one signal alone, a candidate\'s own fit, and "our" naming people or a health system', () => {
    assert.ok(!fires(draft('to: Nadia Haddad\n', "Hi Nadia, I'm a nurse planner in Lyon. I think I'd be a great fit for your team, and loved your rota post."), 'sales-pitch'));
    assert.ok(!fires(draft('to: Nadia Haddad\n', 'Hi Nadia, our platform team read your post on on-call rotas. Have you considered writing it up as a talk?'), 'sales-pitch'));
    assert.ok(!fires(draft('to: Nadia Haddad\n', 'Hi Nadia, I work in our regional health system too. Could I send you the rota study we discussed?'), 'sales-pitch'));
  });
});

describe('early-ask: a referral that happens, not one asked for (session 9, fourth pass)', () => {
  it('leaves "after a referral" (a patient\'s, a client\'s) alone, in an invite and in an informational interview', () => {
    assert.ok(!fires(draft('to: Tomas Berg\n', 'Hi Tomas, I run a physio clinic in Bergen; half our patients drop out after a referral, as your study found.'), 'early-ask'));
    const front = 'to: Tomas Berg\nscenario: informational-interview\n';
    const body = "Hi Tomas, I'm a physio in Bergen. Your study said patients stall before a referral to surgery; could I ask you about it for 20 minutes, any week that suits?";
    assert.ok(!fires(draft(front, body), 'early-ask'));
    assert.ok(!fires(draft(front, body), 'missing-scenario-detail'));
  });

  it('still reads a referral asked for as an ask', () => {
    assert.ok(fires(draft('to: Tomas Berg\n', 'Hi Tomas, I saw the physio opening at your clinic. Could I get a referral from you?'), 'early-ask'));
    assert.ok(fires(draft('to: Tomas Berg\n', 'Hi Tomas, I am applying to your clinic and would love a referral.'), 'early-ask'));
  });
});

describe('no-self-intro: a note that points back to an earlier message (session 9, fourth pass)', () => {
  it('does not ask a sender who is chasing their own earlier message to introduce themselves again', () => {
    assert.ok(!fires(draft('to: Lena Vogt\nkind: follow-up\n', 'Hi Lena, bumping my previous note in case it got buried. Did the timeline I mentioned work for you?'), 'no-self-intro'));
  });

  it('still asks a stranger with no earlier message to say who they are', () => {
    assert.ok(fires(draft('to: Lena Vogt\nkind: follow-up\n', 'Hi Lena, hope the week is going well. Did the timeline work for you?'), 'no-self-intro'));
  });
});

describe('no-reason: a wish only to connect, with nothing tying the note to them (session 9, fourth pass)', () => {
  it('reads "would be nice to connect" after a bio line alone as no reason', () => {
    assert.ok(fires(draft('to: Omar Haddad\n', "Hi Omar, I'm a Go developer in Amman who writes too many linters. Would be lovely to connect with you!"), 'no-reason'));
  });

  it('takes the same wish beside a shared tie, or with a topic, as a reason', () => {
    assert.ok(!fires(draft('to: Omar Haddad\n', "Hi Omar, a fellow Go developer in Amman here. Would be lovely to connect with you!"), 'no-reason'));
    assert.ok(!fires(draft('to: Omar Haddad\n', "Hi Omar, I'm a Go developer in Amman. Keen to connect over linters and static analysis."), 'no-reason'));
  });
});

describe('classes from fresh2 (opened in session 9, tuned on in session 10)', () => {
  it('reads a marker after a determiner as a noun ("tying each TODO to a ticket"), a bare marker still as a gap', () => {
    assert.ok(!fires('Hi Wen, your habit of tying each TODO to a ticket changed how our team works.', 'unfilled-placeholder'));
    assert.ok(!fires('Hi Wen, we now hunt down every stray FIXME before a release, as your talk suggested.', 'unfilled-placeholder'));
    assert.ok(fires('Hi Wen, I loved your talk on TODO and would like to connect.', 'unfilled-placeholder'));
    assert.ok(fires('Hi Wen, we met at TBD last week.', 'unfilled-placeholder'));
  });

  it('takes the end of a name or a stretch inside it as a short form, not another person', () => {
    for (const [to, greeted] of [['Oluwaseun Adeyemi', 'Seun'], ['Christina Lopez', 'Tina'], ['Alessandra Conti', 'Sandra']]) {
      assert.ok(!fires(draft(`to: ${to}\n`, `Hi ${greeted}, we met at the Lagos health summit; keen to swap notes on ward rounds.`), 'name-mismatch'), greeted);
    }
    assert.ok(fires(draft('to: Oluwaseun Adeyemi\n', 'Hi Tunde, we met at the Lagos health summit; keen to swap notes.'), 'name-mismatch'));
  });

  it('reads one lowercase word and "!" opening a note with no front matter as calling them by name, but not "wow!"', () => {
    assert.ok(!fires('bisi!! just saw you got the lead role, so happy for you. dinner friday?', 'no-greeting'));
    assert.ok(fires('wow! just saw you got the lead role, so happy for you. dinner friday?', 'no-greeting'));
  });

  it('reads an honorific after the name ("Zeynep Hanım,") as part of the greeting', () => {
    assert.ok(!fires(draft('to: Zeynep Kaya\n', 'Zeynep Hanım, we met at the İzmir logistics forum; I would love to hear how your team plans routes.'), 'no-greeting'));
  });

  it('reads "ur talk" typed on a phone as their talk, shared context', () => {
    assert.ok(!fires('hey Ade, saw ur talk at the Abuja devs meetup, the bit on caching was gold. would love to connect', 'no-shared-context'));
  });

  it('takes a talk whose name holds C++ or C# as their work', () => {
    assert.ok(!fires(draft('to: Hana Sato\n', 'Hi Hana, your CppCon C++ 2023 talk changed how we review code. I lead a firmware team in Kraków and would love to follow your work.'), 'no-reason'));
  });

  it('takes carrying on a conversation, or "let\'s find a time", as a follow-up\'s reason', () => {
    assert.ok(!fires(draft('to: Yusuf Demir\nkind: follow-up\n', 'Hi Yusuf, following up on our conversation at the Bursa textile fair about your dye work. Let\'s find a time next week.'), 'no-reason'));
  });

  it('reads their move into a new field as a reason tied to their path', () => {
    assert.ok(!fires(draft('to: Youssef Amrani\n', 'Hi Youssef, fellow EMI alum here. Saw your move into port design at Marsa Maroc, and I am curious how you made it.'), 'no-reason'));
  });

  it('reads a bio introduced as "A bit about me:" (a list of roles) as saying who the sender is', () => {
    const text = draft('to: Ama Owusu\nscenario: recruiter\nkind: inmail\nsubject: Plumbing roles\n', 'Dear Ama,\n\nI saw your post that the Tema site team is growing. A bit about me:\n\n- Master plumber, 12 years on hospital fit-outs\n- Led crews of 6\n\nAre you hiring site leads this year?');
    assert.ok(!fires(text, 'no-self-intro'));
    assert.ok(!fires(text, 'missing-scenario-detail'));
  });

  it('reads "I\'d be grateful to be considered" for a role as an early ask', () => {
    assert.ok(fires(draft('to: Lina Haddad\nkind: inmail\nsubject: A question\n', 'Hi Lina, your library in Irbid is the work I want to do. If your studio has openings, I\'d be grateful to be considered.'), 'early-ask'));
  });

  it('reads a free, no-obligation review after "I help ..." as a pitch', () => {
    assert.ok(fires(draft('to: Dr. Ana Ruiz\n', 'Hi Dr. Ruiz, I help physio clinics cut software costs by 20%. Would you be open to a free, no-obligation review?'), 'sales-pitch'));
  });
});

describe('classes from fresh3 (opened in session 10, tuned on after)', () => {
  it('reads three superlatives stacked on each other as flattery even when the sentence holds a year or a number', () => {
    assert.ok(fires(draft('to: Kwame Mensah\n', 'Dear Dr. Mensah, as a fellow Legon alum (class of 2009), you are the most brilliant, visionary, phenomenal surgeon alive!'), 'flattery'));
    assert.ok(!fires(draft('to: Kwame Mensah\n', 'Dear Dr. Mensah, your 2019 paper was brilliant, and the follow-up in 2021 was remarkable; the third, on sutures, was excellent too.'), 'flattery'));
  });

  it('reads a free month of the service offered to them as a pitch, and a free week in a diary as none', () => {
    assert.ok(fires(draft('to: Lena Vogel\nscenario: former-colleague\n', 'Hi Lena! Since our Bosch days I started a payroll firm for bakeries. Would your shop like a free month of our service to try it?'), 'sales-pitch'));
    assert.ok(!fires(draft('to: Lena Vogel\nscenario: former-colleague\n', 'Hi Lena! Since our Bosch days I have missed our lunches. I have a free week in May, could we meet in Stuttgart?'), 'sales-pitch'));
  });
});
