import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { DEFAULT_CONFIG, lint } from '../../server/src/engine';
import { Draft } from '../../server/src/engine/draft/draft';
import { readDraft } from '../../server/src/engine/language/features';
import { formatModels, trainModels, trainingDrafts, weightsFile } from '../support/language';

const rulesOf = (text: string) => lint(text, DEFAULT_CONFIG).diagnostics.map((d) => d.rule);
const diagnosticOf = (text: string, rule: string) => lint(text, DEFAULT_CONFIG).diagnostics.find((d) => d.rule === rule);

describe('the learned layer', () => {
  it('retraining on the train drafts reproduces the shipped weights.json exactly', () => {
    assert.equal(formatModels(trainModels(trainingDrafts())), readFileSync(weightsFile, 'utf8'));
  });
});

describe('no-shared-context: a bio line or a city alone is not shared context', () => {
  it('flags a note whose only names are the sender\'s job and city, and names them in the message', () => {
    const diagnostic = diagnosticOf('Hi Marta,\n\nI\'m a marketing manager in Chicago. Would be great to connect.', 'no-shared-context');
    assert.ok(diagnostic, 'a bio line with a city is not how they know each other');
    assert.match(diagnostic.message, /"Chicago" is about you/);
  });
  it('flags "I work at Google" as the only name', () => {
    assert.ok(rulesOf('Hi Marta,\n\nI work at Google and would like to connect.').includes('no-shared-context'));
  });
  it('stays quiet when the note says where they met', () => {
    assert.ok(!rulesOf('Hi Marta,\n\nWe met at the Chicago product meetup on Tuesday. I\'m a marketing manager there.').includes('no-shared-context'));
  });
  it('stays quiet when the note names their talk', () => {
    assert.ok(!rulesOf('Hi Marta,\n\nYour talk on pricing pages at SaaStr was the clearest I have heard. I\'m a PM at Acme.').includes('no-shared-context'));
  });
});

describe('no-reason: a question about their life or work, or an offer, is a reason', () => {
  const reconnect = (body: string) => `---\nto: Rui\nrelationship: stranger\n---\nHi Rui,\n\n${body}`;
  it('a question about their life is a reason', () => {
    assert.ok(!rulesOf(reconnect("It's been ages since Lisbon. How's life in Porto?")).includes('no-reason'));
  });
  it('"How are you?" alone is small talk, not a reason', () => {
    assert.ok(rulesOf(reconnect('How are you?')).includes('no-reason'));
  });
  it('an offer of the agenda is a reason', () => {
    assert.ok(!rulesOf(reconnect("I'll send the agenda for Thursday's workshop.")).includes('no-reason'));
  });
  it('sharing a resource is a reason', () => {
    assert.ok(!rulesOf(reconnect('Sharing the checklist we use for on-call handovers.')).includes('no-reason'));
  });
  it('a list of the sender\'s skills with no reason to connect is caught', () => {
    assert.ok(rulesOf('Hi Rui,\n\nI am a data analyst with experience in Excel, Power BI, SQL and Tableau.').includes('no-reason'));
  });
});

describe('relationship: close-friend relaxes rules as scenario: close-friend does', () => {
  const text = (key: string) => `---\nto: Sam\n${key}: close-friend\n---\nSam! Finally on here. Add me?`;
  for (const key of ['scenario', 'relationship']) {
    it(`${key}: close-friend keeps no-shared-context and no-reason at info`, () => {
      const diagnostics = lint(text(key), DEFAULT_CONFIG).diagnostics.filter((d) => d.rule === 'no-shared-context' || d.rule === 'no-reason');
      assert.ok(diagnostics.every((d) => d.severity === 'info' || d.severity === 'hint'), JSON.stringify(diagnostics.map((d) => [d.rule, d.severity])));
    });
  }
});

describe('me-focused', () => {
  it('fires at five I/me/my with no you/your', () => {
    assert.ok(rulesOf("Hi Dana,\n\nI am a designer. I love my job and I think my portfolio shows it. Let's connect.").includes('me-focused'));
  });
  it('stays quiet when you/your keep pace', () => {
    assert.ok(!rulesOf('Hi Dana,\n\nI am a designer and I loved your talk. Your point on grids changed my work. Could I ask you one question about it?').includes('me-focused'));
  });
});

describe('no-shared-context: "we" as the sender\'s business and names beside the sender are not a bond', () => {
  const featuresOf = (text: string) => readDraft(new Draft(text, DEFAULT_CONFIG)).features;
  it('reads "we help" and "our platform" as the sender\'s business, not as "us"', () => {
    const features = featuresOf('Hi Lena,\n\nWe help Berlin clinics cut no-shows with our platform. Worth a quick look?');
    assert.equal(features.senderBusiness, 1);
    assert.equal(features.nameNearSender, 1, 'Berlin is where the sender sells, not something they share');
  });
  it('keeps "we" that ties them together as "us"', () => {
    const features = featuresOf('Hi Lena,\n\nWe sat on the same Hamburg panel last spring.');
    assert.equal(features.senderBusiness, 0);
    assert.equal(features.nameWithUs, 1);
  });
  it('gives a name to the sender when the last pronoun before it is theirs, even with "you" later in the sentence', () => {
    assert.equal(featuresOf('Hi Karim,\n\nI run a bakery in Lyon and would be glad to connect with you.').nameNearSender, 1);
    assert.equal(featuresOf('Hi Karim,\n\nYour bakery in Lyon inspired mine.').nameNearSender, 0);
  });
  it('reads congratulations on their news as a detail of them', () => {
    assert.equal(featuresOf('Hi Lena,\n\nCongrats on the Series B at Medflow! We help clinics cut no-shows.').congratulates, 1);
    assert.ok(!rulesOf('Hi Lena,\n\nCongrats on the Series B at Medflow! We help clinics cut no-shows.').includes('no-shared-context'));
  });
  it('flags a pitch whose only names are the sender\'s market', () => {
    assert.ok(rulesOf('Hi Lena,\n\nWe help Berlin clinics cut no-shows with our platform. Worth a quick look?').includes('no-shared-context'));
  });
});

describe('no-self-intro: more ways to say who you are, and the introduced stranger', () => {
  const stranger = (body: string) => `---\nto: Rosa\nrelationship: stranger\n---\nHi Rosa, ${body}`;
  it('takes a trade told with a verb as an introduction ("I maintain", "I farm")', () => {
    assert.ok(!rulesOf(stranger('your paper on soil carbon was sharp. I farm 80 hectares of barley in Fife. Keep in touch?')).includes('no-self-intro'));
    assert.ok(!rulesOf(stranger('your talk on flaky tests was sharp. I maintain a Rust test runner. Keep in touch?')).includes('no-self-intro'));
  });
  it('takes the trade said after it ("the kind of research I do at the institute") as an introduction', () => {
    assert.ok(!rulesOf(stranger('your survey on wetlands is the kind of fieldwork I do at the Marine Institute. Keep in touch?')).includes('no-self-intro'));
  });
  it('reads the mutual-connection scenario as a stranger who still has to say who they are', () => {
    const text = '---\nto: Rosa\nscenario: mutual-connection\n---\nHi Rosa, Tomas Berg is a mutual friend and said you know the Lisbon design scene. Would love to connect.';
    assert.ok(rulesOf(text).includes('no-self-intro'));
    assert.ok(!rulesOf(text.replace('Would love', "I'm a UX researcher in Porto. Would love")).includes('no-self-intro'));
  });
});

describe('no-reason: wanting to connect, said inside a networking cliché, is not a reason', () => {
  it('flags "keen to connect" and "looking forward to connecting" when the note leans on a networking cliché', () => {
    assert.ok(rulesOf('Hi Bruno,\n\nI\'m a data engineer in Porto, keen to connect with like-minded professionals.').includes('no-reason'));
    assert.ok(rulesOf('Hi Bruno,\n\nI\'m a data engineer in Porto and always growing my network. Looking forward to connecting!').includes('no-reason'));
  });
  it('keeps the guidance\'s "stoked to connect" as a reason where there is no cliché', () => {
    assert.ok(!rulesOf('Hi Bruno,\n\nI\'m a fellow surf coach in Porto, stoked to connect with you.').includes('no-reason'));
  });
  it('keeps a reason phrase with another object ("keen to learn") beside the cliché', () => {
    assert.ok(!rulesOf('Hi Bruno,\n\nI\'m a data engineer in Porto, keen to learn how you run dbt at scale with like-minded professionals.').includes('no-reason'));
  });
});
