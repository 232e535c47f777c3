// Interpretable features of a draft for the learned layer of the absence rules (no-shared-context, no-reason,
// no-self-intro). Each is a number in [0, 1] with a name a person can read; one pass over the words and sentences,
// so linear in the draft.
import type { Draft } from '../draft/draft';
import { startsWithCapital } from '../draft/greeting';
import { KNOWS_SIGNAL, THEIR_WORK, knownByFrontMatter, namesSomethingSpecific } from './signals';
import { WordBits, type Sentence } from '../text/words';
import { REASONS, SELF_INTRO, SHARED_CONTEXT } from './cues';

export const FEATURE_NAMES = [
  'contextPhrase',
  'namesAnything',
  'nameWithThem',
  'nameWithUs',
  'namesOnlyAboutSender',
  'theirWork',
  'quotedTitle',
  'reasonPhrase',
  'questionAboutThem',
  'otherQuestion',
  'lifeQuestion',
  'offer',
  'selfIntro',
  'skillList',
  'connectOnly',
  'cliche',
  'senderShare',
  'addressesThem',
  'knowsThem',
  'stranger',
  'noRelationshipGiven',
  'knowsSignal',
  'firstMessage',
  'short',
  'nameNearSender',
  'congratulates',
  'senderBusiness',
  'possessiveName',
  'statesTheirRole',
] as const;
export type FeatureName = (typeof FEATURE_NAMES)[number];
export type Features = Record<FeatureName, number>;

const FIRST_PERSON = new Set(['i', "i'm", "i've", "i'd", "i'll", 'me', 'my', 'mine', 'myself', 'im']);
const SECOND_PERSON = new Set(['you', 'your', "you're", "you've", "you'd", "you'll", 'yours', 'yourself', 'u', 'ur']);
const US = new Set(['we', 'our', 'us', "we're", "we've", "we'd", 'both', 'ours']);
/** Words that open a sentence about the sender: a bio line ("I'm a marketing manager in Chicago", "I work at Google"). */
const SENDER_OPENERS = new Set(['i', "i'm", 'im', "i've", 'my', "i'd", "i'll"]);
const CAPITALISED_NOT_NAMES = new Set([
  'i', "i'm", "i've", "i'd", "i'll", 'linkedin', 'ok', 'okay', 'thanks', 'best', 'cheers', 'regards', 'hi', 'hello', 'dear', 'hey',
]);
/** An offer is a reason too: the agenda, a resource, a link sent along. */
const OFFER_WORDS = new Set(['attached', 'agenda', 'sharing', 'link', 'deck', 'notes', 'slides', 'recording', 'resource', 'resources', 'template', 'invite', 'offer']);
const OFFER_OPENERS = new Set(["here's", 'here', "i'll", 'happy', 'sending', 'i’ll']);
const CLICHE = new Set(['network', 'networking', 'like-minded', 'profile', 'synergies', 'opportunities']);
const LIFE_QUESTION = /\bhow(?:['’]s| is| are| have| has)\s+(?:you|it|things|life|everything|the)\b/i;
const CONNECT_WORDS = new Set(['connect', 'connected', 'connecting', 'add', 'network', 'linkedin', 'invite', 'invitation']);
const SHORT_WORDS = 25;
/** Their news read off their profile or feed ("congrats on the Series A"): a detail of them. */
const CONGRATULATES = /\b(?:congrats|congratulations)\s+on\b/i;
/** "we"/"our" as the sender's business, not a bond with them: "we help", "we built", "our platform", "my client". */
const BUSINESS_WORDS = new Set([
  'help', 'helped', 'helps', 'built', 'build', 'offer', 'provide', 'sell', 'talk', 'platform', 'tool', 'product', 'software', 'app',
  'solution', 'clients', 'client', 'customers', 'service', 'services',
]);

/** Words after "we" that make it a wish to connect rather than a bond: "we should connect", "can we connect". */
const WANTING_TO_CONNECT = new Set(['should', 'could', 'can', 'might', 'shall', 'connect', 'must']);

/** What the features of one draft are, and the evidence behind the ones a message names. */
export interface DraftReading {
  features: Features;
  /** Names found only in sentences about the sender ("Chicago" in "I'm a marketing manager in Chicago"). */
  senderOnlyNames: string[];
}

/**
 * Whether a context phrase ("we met", "your talk", "a fellow ...") is there: it settles no-shared-context without the
 * model, so it is asked apart from `readDraft` (and once per draft).
 */
export function hasContextPhrase(draft: Draft): boolean {
  return draft.memo(hasContextPhrase, findContextPhrase);
}
function findContextPhrase(draft: Draft): boolean {
  return SHARED_CONTEXT.occursIn(draft.words);
}

export function readDraft(draft: Draft): DraftReading {
  const words = draft.words;
  const prose = draft.prose;
  const greeting = draft.greeting;
  const greetedName = greeting?.name?.start;
  let nameWithThem = false;
  let nameWithUs = false;
  let namesElsewhere = false;
  const senderOnlyNames: string[] = [];
  let questionAboutThem = false;
  let otherQuestion = false;
  let lifeQuestion = false;
  let offer = false;
  let skillList = false;
  let connectOnly = true;
  let senderShare = 0;
  let first = 0;
  let second = 0;
  let cliche = false;
  let content = 0;
  let nameNearSender = false;
  let senderBusiness = false;
  let possessiveName = false;
  let statesTheirRole = false;
  for (let s = 0; s < draft.sentences.length; s++) {
    const sentence = draft.sentences[s];
    let from = sentence.firstWord;
    // A greeting sharing its sentence with the first line ("Hi Omar, I'm a junior accountant..."): read what follows it.
    if (greeting && s === greeting.sentence) while (from < sentence.endWord && words[from].start < greeting.range.end) from++;
    if (from === sentence.endWord) continue;
    const reading = readSentence(draft, sentence, from, greetedName);
    first += reading.first;
    second += reading.second;
    content += sentence.endWord - from;
    if (reading.cliche) cliche = true;
    if (reading.business) senderBusiness = true;
    if (reading.possessiveName) possessiveName = true;
    if (reading.statesTheirRole) statesTheirRole = true;
    if (reading.nearSender) nameNearSender = true;
    if (!reading.connectOnly) connectOnly = false;
    if (reading.names.length) {
      if (reading.aboutSender && !reading.them && !reading.us) senderOnlyNames.push(...reading.names);
      else if (reading.them) nameWithThem = true;
      else if (reading.us) nameWithUs = true;
      else namesElsewhere = true;
    }
    if (reading.aboutSender && reading.commas >= 2 && !reading.them) skillList = true;
    if (reading.offer) offer = true;
    // A sentence ends at its last non-space character: a question ends in "?".
    if (prose.charCodeAt(sentence.end - 1) === 0x3f) {
      if (LIFE_QUESTION.test(prose.slice(sentence.start, sentence.end))) lifeQuestion = true;
      else if (reading.connectOnly) continue;
      else if (reading.them) questionAboutThem = true;
      else otherQuestion = true;
    }
  }
  senderShare = first / (first + second + 1);
  const relationship = draft.meta.relationship;
  const scenario = draft.meta.scenario?.id;
  const knowsThem = knownByFrontMatter(draft);
  const body = prose.slice(draft.bodyStart);
  const yes = (value: boolean) => (value ? 1 : 0);
  const features: Features = {
    contextPhrase: yes(hasContextPhrase(draft)),
    namesAnything: yes(namesSomethingSpecific(draft, greetedName)),
    nameWithThem: yes(nameWithThem),
    nameWithUs: yes(nameWithUs || namesElsewhere),
    namesOnlyAboutSender: yes(senderOnlyNames.length > 0 && !nameWithThem && !nameWithUs && !namesElsewhere),
    theirWork: yes(THEIR_WORK.test(body)),
    quotedTitle: yes(/["“][^"”\r\n]{3,120}["”]/.test(body)),
    // Read by training and `npm run eval:nlp`, not by the shipped model: found only when asked.
    get reasonPhrase() {
      return yes(REASONS.occursIn(words));
    },
    questionAboutThem: yes(questionAboutThem),
    otherQuestion: yes(otherQuestion),
    lifeQuestion: yes(lifeQuestion),
    offer: yes(offer),
    get selfIntro() {
      return yes(SELF_INTRO.occursIn(words));
    },
    skillList: yes(skillList),
    connectOnly: yes(connectOnly),
    cliche: yes(cliche),
    senderShare,
    addressesThem: yes(second > 0),
    knowsThem: yes(knowsThem),
    stranger: yes(draft.isStranger),
    noRelationshipGiven: yes(!relationship && !scenario),
    knowsSignal: yes(KNOWS_SIGNAL.test(body)),
    firstMessage: yes(draft.isFirstMessage),
    short: yes(content < SHORT_WORDS),
    nameNearSender: yes(nameNearSender),
    congratulates: yes(CONGRATULATES.test(body)),
    senderBusiness: yes(senderBusiness),
    possessiveName: yes(possessiveName),
    statesTheirRole: yes(statesTheirRole),
  };
  return { features, senderOnlyNames };
}

interface SentenceReading {
  names: string[];
  aboutSender: boolean;
  them: boolean;
  us: boolean;
  first: number;
  second: number;
  commas: number;
  offer: boolean;
  cliche: boolean;
  /** "we"/"our" naming the sender's business ("we help", "our platform"), which is not counted as "us". */
  business: boolean;
  /** A name whose nearest pronoun before it is the sender's ("I'm a founder in Nairobi and ... like you"). */
  nearSender: boolean;
  /** Only words about connecting (and pronouns, modals, fillers): "Can we connect?", "Would love to connect!" */
  connectOnly: boolean;
  /** A name in the possessive ("Spotify's work on audio descriptions", "Bloom & Vine's homepage"): a detail of theirs. */
  possessiveName: boolean;
  /** Their role read off their profile: "you're VP Sales at Acme", "you lead operations at Maersk". */
  statesTheirRole: boolean;
}

/** After "you": verbs that state their role ("you lead operations at Maersk", "you run the Lisbon office"). */
const ROLE_VERBS = new Set(['lead', 'head', 'run', 'manage', 'are', 'work', 'own']);

const FILLER = new Set([
  'can', 'could', 'may', 'shall', 'would', 'will', 'we', 'i', 'you', 'like', 'to', 'be', 'please', "let's", 'lets', 'accept', 'my',
  'request', 'here', 'on', 'and', 'the', 'just', 'wanted', 'want', 'love', "i'd", 'happy', 'great', 'thought', 'should', 'with', 'your',
  'a', 'me', 'us', 'in', 'touch', 'stay', 'keep', 'professional', 'so', 'hope', 'do', 'if', 'it', 'that',
]);

/** Which of the word sets above a word is in, a bit per set: one lookup per word of a draft where there were six. */
const enum In {
  FirstPerson = 1,
  SecondPerson = 2,
  Us = 4,
  Offer = 8,
  Cliche = 16,
  ConnectOrFiller = 32,
}
const IN_SETS = new WordBits([
  [FIRST_PERSON, In.FirstPerson],
  [SECOND_PERSON, In.SecondPerson],
  [US, In.Us],
  [OFFER_WORDS, In.Offer],
  [CLICHE, In.Cliche],
  [CONNECT_WORDS, In.ConnectOrFiller],
  [FILLER, In.ConnectOrFiller],
]);

function readSentence(draft: Draft, sentence: Sentence, from: number, greetedName: number | undefined): SentenceReading {
  const words = draft.words;
  const names: string[] = [];
  let them = false;
  let us = false;
  let first = 0;
  let second = 0;
  let offer = false;
  let cliche = false;
  let connectOnly = true;
  let business = false;
  let nearSender = false;
  let possessiveName = false;
  let statesTheirRole = false;
  // Whose words these are: the last pronoun read, so a name belongs to the person spoken of just before it.
  let speaker: 'sender' | 'them' | 'us' | undefined;
  const opener = words[from].norm;
  for (let i = from; i < sentence.endWord; i++) {
    const word = words[i];
    const norm = word.norm;
    const sets = IN_SETS.of(word);
    if (sets & In.FirstPerson) {
      first++;
      speaker = 'sender';
    } else if (sets & In.SecondPerson) {
      second++;
      them = true;
      speaker = 'them';
    } else if (sets & In.Us) {
      if (i + 1 < sentence.endWord && BUSINESS_WORDS.has(words[i + 1].norm)) {
        business = true;
        speaker = 'sender';
      } else if (i + 1 < sentence.endWord && WANTING_TO_CONNECT.has(words[i + 1].norm)) {
        // "thought we should connect", "can we connect?": a wish to connect, not a bond already there.
      } else {
        us = true;
        speaker = 'us';
      }
    }
    if (norm === "you're" || (norm === 'you' && i + 1 < sentence.endWord && ROLE_VERBS.has(words[i + 1].norm))) statesTheirRole = true;
    if (startsWithCapital(word.text) && (norm.endsWith("'s") || norm.endsWith('’s')) && !draft.isRecipientName(word.text.slice(0, -2))) {
      possessiveName = true;
    }
    if (sets & In.Offer || (i === from && OFFER_OPENERS.has(norm))) offer = true;
    if (sets & In.Cliche) cliche = true;
    if (!(sets & In.ConnectOrFiller)) connectOnly = false;
    if (i > from && startsWithCapital(word.text) && !CAPITALISED_NOT_NAMES.has(norm) && word.start !== greetedName && !draft.isRecipientName(word.text)) {
      names.push(word.text);
      if (speaker === 'sender') nearSender = true;
    }
  }
  const prose = draft.prose;
  let commas = 0;
  for (let at = words[from].start; at < sentence.end; at++) if (prose.charCodeAt(at) === 0x2c) commas++;
  return { names, aboutSender: SENDER_OPENERS.has(opener), them, us, first, second, commas, offer, cliche, connectOnly, business, nearSender, possessiveName, statesTheirRole };
}

/** The features as a vector, in FEATURE_NAMES order. */
export function featureVector(features: Features): number[] {
  return FEATURE_NAMES.map((name) => features[name]);
}
