// Generated drafts for the bench: distinct, about 300 characters, the mix a real folder of drafts holds (most with
// front matter, some good, some with a stock line, clichés, asks or a placeholder). Seeded, so every run and every
// tool gets the same text.
import { random } from '../test/support/random';

const FIRST = ['Priya', 'Dana', 'Marcus', 'Zoë', 'Wei', 'Aisha', 'Tomás', 'Ingrid', 'Kofi', 'Mei', 'Lena', 'Omar', 'Sofia', 'Raj', 'Hannah', 'Diego', 'Yuki', 'Chloé', 'Ben', 'Amara'];
const LAST = ['Raman', 'Okafor', 'Chen', 'Müller', 'Haddad', 'Silva', 'Kowalski', 'Nakamura', 'Brennan', 'Adeyemi', 'Larsen', 'Patel', 'Novak', 'García', 'Kim', 'Dubois'];
const SCENARIOS = ['met-at-event', 'former-colleague', 'reconnect', 'alumni', 'mutual-connection', 'read-their-work', 'group-member', 'recruiter', 'hiring-manager', 'dream-company', 'stranger-shared-interest', 'informational-interview', 'follow-up', 'close-friend'];
const EVENTS = ['the Denver product meetup', 'PyCon', 'the Berlin design sprint', 'RustConf', 'the Austin data summit', 'a Lisbon founders dinner', 'the Toronto ML night', 'KubeCon'];
const WHEN = ['last Thursday', 'in May', 'two weeks ago', 'on Monday', 'last autumn', 'yesterday'];
const TOPICS = ['activation metrics', 'onboarding flows', 'pricing experiments', 'accessible forms', 'on-call rotations', 'schema migrations', 'churn models', 'design systems', 'incident reviews', 'hiring loops'];
const COMPANIES = ['Acme', 'Northwind', 'Globex', 'Initech', 'Umbrella Health', 'Stark Freight', 'Hooli', 'Vandelay'];
const SIGNOFFS = ['Best, Sam', 'Thanks, Alex', 'Cheers, Jo', '— Robin', 'Warmly, Kim', ''];

type Pick = <T>(items: readonly T[]) => T;

const GREETINGS: ((first: string) => string)[] = [(f) => `Hi ${f},`, (f) => `Hello ${f},`, (f) => `Dear ${f},`, (f) => `Hey ${f}!`, (f) => `${f},`, () => 'Hi there,'];
const CONTEXT: ((pick: Pick) => string)[] = [
  (p) => `It was great meeting you at ${p(EVENTS)} ${p(WHEN)}.`,
  (p) => `I enjoyed your talk on ${p(TOPICS)} at ${p(EVENTS)}.`,
  (p) => `We both worked at ${p(COMPANIES)} on the ${p(TOPICS)} team.`,
  (p) => `I read your post about ${p(TOPICS)} ${p(WHEN)}.`,
  (p) => `${p(FIRST)} ${p(LAST)} suggested I reach out about ${p(TOPICS)}.`,
];
const REASON: ((pick: Pick) => string)[] = [
  (p) => `Your point about ${p(TOPICS)} stuck with me, and I have been rethinking ours since.`,
  (p) => `I'm working on ${p(TOPICS)} at ${p(COMPANIES)} and would value your view.`,
  (p) => `I lead ${p(TOPICS)} at ${p(COMPANIES)}; your approach to ${p(TOPICS)} is close to what we are trying.`,
  (p) => `Your write-up on ${p(TOPICS)} changed how we run ${p(TOPICS)} at ${p(COMPANIES)}.`,
];
const WEAK: ((pick: Pick) => string)[] = [
  () => "I'd like to add you to my professional network on LinkedIn.",
  () => 'I came across your profile and would love to connect.',
  () => "I'd love to pick your brain sometime.",
  () => "Let's grab coffee sometime!",
  (p) => `Could you refer me for the ${p(TOPICS)} role at ${p(COMPANIES)}?`,
  () => 'We help teams 10x their pipeline, book a demo here.',
  () => 'Your amazing, incredible profile really stands out.',
  () => 'I hope this message finds you well, {{firstName}}.',
];
const CLOSE: ((pick: Pick) => string)[] = [
  () => "I'd love to keep in touch!",
  (p) => `Would you be open to a short call ${p(['next Tuesday at 3pm', 'on Friday morning', 'after the holidays'])}?`,
  () => 'Happy to share what we learned in return.',
  () => 'No pressure either way.',
];


/** `count` distinct drafts of about 300 characters (front matter included). */
export function generateDrafts(count: number, seed = 12): string[] {
  const next = random(seed);
  const pick: Pick = (items) => items[Math.floor(next() * items.length)];
  const seen = new Set<string>();
  const drafts: string[] = [];
  while (drafts.length < count) {
    const first = pick(FIRST);
    const name = `${first} ${pick(LAST)}`;
    // Four in five drafts have front matter, as the New invite templates write it.
    const head = next() < 0.8 ? `---\nto: ${name}\nscenario: ${pick(SCENARIOS)}\n${next() < 0.3 ? 'kind: follow-up\n' : ''}---\n\n` : '';
    const greeting = pick(GREETINGS)(first);
    const sentences = [pick(CONTEXT)(pick), pick(REASON)(pick)];
    if (next() < 0.45) sentences.splice(Math.floor(next() * 3), 0, pick(WEAK)(pick));
    sentences.push(pick(CLOSE)(pick));
    const signoff = pick(SIGNOFFS);
    const compose = () => `${head}${greeting}\n\n${sentences.join(' ')}${signoff ? `\n\n${signoff}` : ''}\n`;
    // Drop or add a sentence towards 300 characters, so the drafts stay about the same size.
    while (compose().length > 340 && sentences.length > 2) sentences.splice(1, 1);
    if (compose().length < 260) sentences.push(pick(REASON)(pick));
    const draft = compose();
    if (seen.has(draft)) continue;
    seen.add(draft);
    drafts.push(draft);
  }
  return drafts;
}

/** About `bytes` of prose: draft bodies as paragraphs under one front matter, or (oneLine) all on a single line. */
export function generateDocument(bytes: number, oneLine: boolean): string {
  const parts: string[] = [];
  let size = 0;
  let seed = 1;
  while (size < bytes) {
    for (const draft of generateDrafts(500, seed++)) {
      const body = draft.replace(/^---\n[\s\S]*?\n---\n\n/, '').trim();
      const part = oneLine ? body.replace(/\s+/g, ' ') : body;
      parts.push(part);
      size += part.length + (oneLine ? 1 : 2);
      if (size >= bytes) break;
    }
  }
  const text = oneLine ? parts.join(' ') : `---\nto: Dana Okafor\nscenario: met-at-event\nkind: message\n---\n\n${parts.join('\n\n')}\n`;
  return text.slice(0, bytes);
}
