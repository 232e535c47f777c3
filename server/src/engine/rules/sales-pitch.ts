import type { Draft } from '../draft/draft';
import { PhraseMatcher, WordSet, type Sentence } from '../text/words';
import type { Rule } from './rule';

const PITCH = new PhraseMatcher([
  '{free|quick|short|15-minute|15 minute|20-minute|30-minute} demo',
  '{book|schedule|set up|arrange|grab} a {demo|call|meeting|slot|time}',
  '{book|schedule} {time|a time} {with|on}',
  '{book|schedule} a {15 minute|15-minute|20-minute|30-minute|quick|short} call',
  '{we|our team} {help|helps} {companies|teams|businesses|brands|startups|founders|saas|agencies|b2b|hr|sales|marketers|you}',
  '{our|my} {product|platform|solution|service|services|agency|software|tool|app|offering|system} {helps|can|cuts|reduces|saves|builds|is|will|lets}',
  '{we|i} offer a {solution|service|platform|tool}',
  'a solution that',
  '{10x|2x|3x|5x} {your|pipeline|revenue|growth|sales|leads|roi|conversions|output|productivity}',
  '{boost|increase|grow|double|triple} your {revenue|sales|pipeline|leads|conversions|roi|mrr|arr}',
  'generate more {leads|revenue|sales}',
  'send over {pricing|a proposal|our deck}',
  '{our|my} {pricing|rates|packages}',
  '{special offer|limited time offer|exclusive offer|discount for you}',
  'interested in {a|our} {quick}? {demo|call|product|service|solution|offer}',
  'proven {outreach|system|framework|method}',
  '{teams|companies|leaders|founders|businesses|brands|firms|clients|customers|shops|stores|agencies|startups} like {you|yours}',
  'open to {seeing|a look|a demo|learning how|hearing how|exploring how|trying}',
  'free {trial|audit|consultation|assessment|health check|session|pilot|review|quote|estimate|evaluation|15|20|30}',
  '{no obligation|no-obligation|obligation-free|obligation free|no strings attached}',
  'free {month|week|months|weeks} of',
  '{15|20|30} {min|mins|minute} {demo|audit|walkthrough}',
  '{show|walk} you {a|our} {demo|product|platform|tool|walkthrough}',
  '{our|my} {fee|fees|rate|price|prices}',
  '{send|share} {prices|pricing|a quote|our rates|our catalogue|our catalog}',
  '{early-access|early access} {spot|spots|slot|slots|list}',
  '{booking|book|hire|hiring} us',
  'switching to our',
  'seeing how our',
]);

/** Outcome claims: "we cut churn 30%", "have fixed this for 40+ florists", "teams like yours halve first-response time". */
const WE_WORDS = new WordSet(['we', "we've", "we're", 'our', 'us']);
const OUTCOME_VERBS = new WordSet([
  'cut', 'cuts', 'cutting', 'save', 'saves', 'saved', 'saving', 'halve', 'halved', 'halving', 'reduce', 'reduces', 'reduced', 'reducing',
  'boost', 'boosts', 'boosted', 'increase', 'increases', 'increased', 'helped', 'help', 'helps', 'fixed', 'doubled', 'tripled', 'grew', 'lift', 'lifted',
]);

/**
 * Pitches framed as questions or as news: none of these is a pitch alone ("worth a quick chat?" can follow a talk you
 * liked), two of them in a draft are. Kinds: an offer question, a pain question, proof by client counts, a product the
 * sender built, scarcity.
 */
const OFFER_QUESTIONS = new PhraseMatcher([
  'worth a {quick|short|brief}? {chat|call|look|conversation|demo|try}',
  '{want|like} {one of|a|an|early|free|to try|to see|me to send|me to show}',
  '{interested in|keen on|up for} {trying|testing|piloting|a trial|a pilot|early access|a look}',
  '{shall|can|could|may} i {send|show|share} you',
  'mind if i {send|show|share}',
  '{happy|glad} to {set you up|give you access|send you a|show you how|run a}',
  '{try|test} it {free|for free|out free}',
  // A category of service put to them: "have you considered a specialist agency?", "ever thought about outsourcing ...?"
  '{have you|ever|did you ever} {considered|thought about|tried|looked at} {a|an|using|outsourcing|switching|working with|automating}',
]);
/** Offers that need no question mark: "I'd love to show you how it works", "to see if we can help". */
const OFFERS = new PhraseMatcher([
  '{love|like|happy|glad} to show you {how|what|our|a}',
  '{see|seeing} {if|whether|how} {we|our team|i} {can|could|might} {help|support|save}',
  '{the|the right} {right}? person to {talk|speak|chat} to about',
  '{who|whoever} {handles|owns|manages|looks after|is in charge of}',
  'case {study|studies}',
  // Sales collateral offered or chased: "happy to send a trial link", "did you get a chance to look at the deck?"
  '{trial|demo|pricing|sign-up|signup} {link|account|code}',
  '{look at|see|review|check out|open|opened|seen|saw|get|got|received} {the|our|my} {deck|one-pager|brochure}',
  'pitch deck',
]);
/**
 * The sender's offering said to fit them: "could it be a fit for your portfolio?", "it would be a great fit for Acme".
 * Said by "it", "this" or "we", not "I" (a candidate's fit for a role is early-ask's business).
 */
const FIT_CLAIMS = new PhraseMatcher([
  '{it|this|that|we|they|our product|our platform|our tool|our service} {would|could|might|will|may} be a {good|great|perfect|natural|strong|real}? fit for',
  '{could|would|might|will} {it|this|that|we} be a {good|great|perfect|natural|strong|real}? fit for',
]);
const NOT_THEIRS_AFTER_FIT = new Set(['me', 'my', 'i', 'myself', 'mine']);
/** "We help dental clinics...", "I help early-stage founders...": a service, said of its clients. */
const HELP_VERBS = new WordSet(['help', 'helps', 'helped', 'support', 'supports', 'serve', 'serves', 'work', 'partner', 'partnered']);
const SENDER_SUBJECTS = new WordSet(['we', 'i', "we've", "i've"]);
const NOT_PLURALS = new Set(['this', 'others', 'ourselves', 'yourselves', 'themselves', 'always', 'sometimes', 'less', 'across', 'towards', 'plus', 'various', 'its', 'his', 'hers', 'ours', 'yours', 'theirs', 'process', 'business', 'access', 'success', 'progress', 'focus', 'campus']);

/** A plural noun, roughly: a longer word ending in "s" that is no pronoun or adverb ("gyms", "nurses", "founders"). */
function looksPlural(norm: string): boolean {
  return norm.length >= 4 && norm.endsWith('s') && !norm.endsWith('ss') && !norm.endsWith("'s") && !NOT_PLURALS.has(norm);
}
const PAIN_WORDS = new WordSet(['manually', 'spreadsheets', 'spreadsheet', 'excel', 'struggling', 'tired', 'headache', 'pain', 'hours']);
const PAIN_PHRASES = new PhraseMatcher(['by hand', 'still {doing|handling|tracking|managing|chasing|using|running|reconciling|copying|entering|building|writing}']);
const CLIENT_NOUNS = new WordSet([
  'startups', 'companies', 'teams', 'clients', 'customers', 'brands', 'founders', 'agencies', 'firms', 'businesses', 'schools', 'clinics',
  'restaurants', 'stores', 'shops', 'hospitals', 'retailers', 'users', 'sellers', 'practices', 'creators', 'studios', 'smbs', 'saas',
]);
const PRODUCT_NOUNS = new WordSet([
  'tool', 'platform', 'app', 'product', 'solution', 'service', 'plugin', 'api', 'sdk', 'dashboard', 'bot', 'marketplace', 'software', 'extension',
  'integration', 'system', 'saas',
]);
const BUILT = new WordSet(['built', 'build', 'building', 'make', 'makes', 'made', 'created', 'launched', 'launching', 'developed', 'run', 'runs']);
const SCARCITY = new PhraseMatcher([
  '{spots|seats|places|slots} {left|remaining|available}',
  'limited {spots|seats|places|slots|availability}',
  'one of {5|10|15|20|25|30|50|100|ten|twenty|fifty} {spots|seats|places|slots|beta|early|pilot|founding}',
  '{beta|pilot|founding} {customers|users|partners|spots|seats}',
]);
const WEAK_SIGNALS_FOR_A_PITCH = 2;
/** Verbs of work delivered to clients, before a count: "placed 40+", "onboarded 120", "served 3,000". */
const PROOF_VERBS = new WordSet(['placed', 'onboarded', 'served', 'trained', 'recruited', 'delivered', 'installed', 'equipped', 'supplied', 'migrated', 'audited', 'powered']);
const OUR_WORDS = new WordSet(['our']);
/** What a firm sells by name; not "system" or "service", which are as often a health system or a public service. */
const SOLD_PRODUCTS = new WordSet(['tool', 'platform', 'app', 'product', 'solution', 'plugin', 'sdk', 'dashboard', 'bot', 'software', 'saas', 'marketplace']);
/** "our platform team", "our product managers": people at the sender's firm, not what it sells. */
const PRODUCT_NOT_SOLD = new WordSet(['team', 'teams', 'manager', 'managers', 'engineer', 'engineers', 'lead', 'leads', 'group', 'org', 'designer', 'designers', 'owner', 'owners']);

/** Scheduling links the masked prose no longer shows, found in the raw text. */
const BOOKING_LINK = /\b(?:calendly\.com|cal\.com|savvycal\.com|meetings\.hubspot\.com|chilipiper\.com|tidycal\.com|zcal\.co)\/[^\s)>\]]{0,200}/gi;

export const salesPitch: Rule = {
  name: 'sales-pitch',
  description: 'Pitching a product or service, demo or call-booking language, calendar links.',
  rationale:
    'An invite is a request to connect, not a sales channel: a pitch before any relationship reads as spam and gets ignored or reported. ' +
    'Connect first, interact, and let them ask what you do.',
  defaultSeverity: 'error',
  tags: ['etiquette'],
  check(draft, report) {
    const severity = draft.isFirstMessage ? 'error' : 'warning';
    const message = 'Leave the pitch out: connect over something you share, and let them ask what you do.';
    const linkMessage = 'Leave the booking link out of an invite: ask for a time once they have replied.';
    // One diagnostic per sentence: the first pitch phrase in it, else its outcome claim.
    const pitched = new Set<unknown>();
    for (const match of PITCH.findAll(draft.words)) {
      const sentence = draft.sentenceOfWord(match.firstWord);
      if (pitched.has(sentence)) continue;
      pitched.add(sentence);
      report({ ...draft.wordSpan(match.firstWord, match.endWord), message, severity });
    }
    for (const sentence of draft.sentences) {
      if (!pitched.has(sentence) && isOutcomeClaim(draft, sentence)) {
        pitched.add(sentence);
        report({ ...draft.firstLineOf(sentence), message, severity });
      }
    }
    // A pitch told in weak signals is one problem: one diagnostic, at its first signal, unless a sentence already said it.
    const weak = weakSignals(draft);
    if (pitched.size === 0 && new Set(weak.map((signal) => signal.kind)).size >= WEAK_SIGNALS_FOR_A_PITCH) {
      const first = weak[0];
      pitched.add(first.sentence);
      const seen = [...new Set(weak.map((signal) => SIGNAL_NAMES[signal.kind]))].join(', ');
      report({ ...draft.wordSpan(first.firstWord, first.endWord), message: `${message} (Read together as a pitch: ${seen}.)`, severity });
    }
    // Every booking link holds a "/": most drafts have none, and a search for one character costs far less than the pattern.
    BOOKING_LINK.lastIndex = draft.text.includes('/', draft.bodyStart) ? draft.bodyStart : draft.text.length;
    for (let link = BOOKING_LINK.exec(draft.text); link; link = BOOKING_LINK.exec(draft.text)) {
      const at = link.index;
      if (draft.comments.some((comment) => comment.start <= at && at < comment.end)) continue;
      // A link in a sentence already reported is part of that pitch: one diagnostic for the sentence.
      const sentence = draft.sentences.find((candidate) => candidate.start <= at && at < candidate.end);
      if (sentence && pitched.has(sentence)) continue;
      report({ start: link.index, end: link.index + link[0].length, message: linkMessage, severity });
    }
    const subject = draft.subject;
    if (!subject) return;
    for (const match of PITCH.findAll(subject.words)) report({ ...subject.wordSpan(match.firstWord, match.endWord), message, severity });
    BOOKING_LINK.lastIndex = 0;
    for (let link = BOOKING_LINK.exec(subject.source); link; link = BOOKING_LINK.exec(subject.source)) {
      const start = subject.range.start + link.index;
      report({ start, end: start + link[0].length, message: linkMessage, severity });
    }
  },
};

interface WeakSignal {
  kind: 'offer' | 'pain' | 'proof' | 'product' | 'service' | 'scarcity' | 'fit';
  sentence: Sentence | undefined;
  firstWord: number;
  endWord: number;
}

const SIGNAL_NAMES: Record<WeakSignal['kind'], string> = {
  offer: 'an offer',
  pain: 'a question about their pain',
  proof: 'a count of clients served',
  product: 'a product of yours',
  service: 'a service named by its clients',
  scarcity: 'scarcity',
  fit: 'a fit claimed for them',
};

/** The pitch signals of a draft, each a word range: one pass per phrase list, one over the words. */
function weakSignals(draft: Draft): WeakSignal[] {
  const words = draft.words;
  const signals: WeakSignal[] = [];
  const add = (kind: WeakSignal['kind'], firstWord: number, endWord: number) =>
    signals.push({ kind, sentence: draft.sentenceOfWord(firstWord), firstWord, endWord });
  const inQuestion = (index: number) => {
    const sentence = draft.sentenceOfWord(index);
    return sentence !== undefined && draft.prose.slice(sentence.start, sentence.end).trimEnd().endsWith('?');
  };
  for (const match of OFFER_QUESTIONS.findAll(words)) if (inQuestion(match.firstWord)) add('offer', match.firstWord, match.endWord);
  for (const match of PAIN_PHRASES.findAll(words)) if (inQuestion(match.firstWord)) add('pain', match.firstWord, match.endWord);
  for (const match of SCARCITY.findAll(words)) add('scarcity', match.firstWord, match.endWord);
  for (const match of OFFERS.findAll(words)) add('offer', match.firstWord, match.endWord);
  for (const match of FIT_CLAIMS.findAll(words)) {
    const after = words[match.endWord]?.norm;
    if (after !== undefined && !NOT_THEIRS_AFTER_FIT.has(after)) add('fit', match.firstWord, match.endWord);
  }
  let we = -1;
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    if (WE_WORDS.has(word) || word.norm === "i've") we = i;
    if (PAIN_WORDS.has(word) && inQuestion(i)) add('pain', i, i + 1);
    // "We've worked with 60+ startups", "trusted by 200 teams": a count of clients, said by "we" a few words before.
    if (CLIENT_NOUNS.has(word) && i > 0 && startsWithDigit(words[i - 1].text) && we >= 0 && i - we <= 6) add('proof', we, i + 1);
    // "We've placed 40+ data engineers", "we've onboarded 120 clinics": a count after a verb of delivered work.
    else if (startsWithDigit(word.text) && i > 0 && PROOF_VERBS.has(words[i - 1]) && we >= 0 && i - we <= 3) add('proof', we, i + 1);
    // "our HR analytics platform": the sender's product, named as theirs.
    if (SOLD_PRODUCTS.has(word) && we >= 0 && i - we <= 4 && OUR_WORDS.has(words[we]) && !PRODUCT_NOT_SOLD.has(words[i + 1])) add('product', we, i + 1);
    // "We help dental clinics", "I work with early-stage founders": a service, named by the people it serves.
    if (HELP_VERBS.has(word) && i > 0 && SENDER_SUBJECTS.has(words[i - 1])) {
      for (let j = i + 1; j < Math.min(words.length, i + 5); j++) {
        if (CLIENT_NOUNS.has(words[j]) || looksPlural(words[j].norm)) {
          add('service', i - 1, j + 1);
          break;
        }
      }
    }
    // "We built a tool that...": the sender's product.
    if (PRODUCT_NOUNS.has(word) && we >= 0 && i - we <= 5) {
      for (let j = we + 1; j < i; j++) {
        if (BUILT.has(words[j])) {
          add('product', we, i + 1);
          break;
        }
      }
    }
  }
  return signals.sort((a, b) => a.firstWord - b.firstWord);
}

/** A sentence in which "we" or "our" claims a measured result for clients: a number with % or +, or "like yours". */
function isOutcomeClaim(draft: Draft, sentence: Sentence): boolean {
  let we = false;
  let outcome = false;
  let measured = false;
  for (let i = sentence.firstWord; i < sentence.endWord; i++) {
    const word = draft.words[i];
    if (WE_WORDS.has(word)) we = true;
    else if (OUTCOME_VERBS.has(word)) outcome = true;
    else if (startsWithDigit(word.text) && /^[%+x×]/.test(draft.prose[word.end] ?? '')) measured = true;
    else if (word.norm === 'like' && (draft.words[i + 1]?.norm === 'yours' || draft.words[i + 1]?.norm === 'you')) measured = true;
  }
  return we && outcome && measured;
}

/** `/^\d/`, without a regular expression: asked of most words. */
function startsWithDigit(text: string): boolean {
  const code = text.charCodeAt(0);
  return code >= 48 && code <= 57;
}
