import type { Draft } from '../draft/draft';
import { isNegated } from '../language/signals';
import { startsWithCapital } from '../draft/greeting';
import { PhraseMatcher, type PhraseMatch } from '../text/words';
import { oncePerDraft, type Rule } from './rule';

/** Asks about roles and openings: fine for a recruiter, too early for anyone else. */
const JOB_ASKS = new PhraseMatcher([
  '{any|are there any|are there} {openings|opening|vacancies|roles|positions|jobs|opportunities}',
  '{is your team|are you|is your company|are they} hiring',
  'hire me',
  '{help me get|help me find|get me|help me land} {a job|a role|one|work|an interview|in|a position|an internship|hired|a foot in}',
  "{i'm|i am} looking for {a job|a role|a position|work|an internship|job}",
  "{i'd|i would} love a {role|job|position}",
  '{can i|could i|should i|how do i|how can i|love to|like to} apply',
  'roles on your',
  '{is|are} the {role|position|job|opening|vacancy}',
  'have room for',
  '{love|like|glad|happy|hope|grateful|keen|pleased|thrilled} to be considered',
  'consider {me|my profile|my application|my cv|my resume}',
  '{taking|hiring|recruiting} {interns|juniors|graduates|grads|trainees}',
  '{suitable|open|any} {opportunities|opportunity|openings|roles}',
  'anything opens up',
  'keep me in mind',
]);

/** Offering your CV to a recruiter ("happy to send my CV", "I've attached my CV") is how that conversation goes, not a favour. */
const CV_WORDS = new Set(['resume', 'résumé', 'cv', 'portfolio']);
const ADDRESSED_TO_THEM = new Set(['you', 'u', 'your', 'ur']);
/** Verbs of giving: with the sender as subject ("I'd love to share my paper") they make an offer. */
const GIVING_VERBS = new Set(['share', 'send', 'give', 'giving', 'forward', 'forwarding', 'attach', 'attached']);
/** "Apply" as an ask stands alone or takes a place ("apply for", "apply to your team"); "apply your framework" uses an idea. */
const APPLY_FOR = new Set(['for', 'to', 'at', 'now', 'there', 'here', 'directly', 'online']);
/** Words before an ask phrase that make it a topic: "your post about hiring juniors", "your talk on referral programmes". */
const TOPIC_PREPOSITIONS = new Set(['about', 'on', 'regarding', 'around', 're', 'of']);
const THEIR = new Set(['your', 'their', 'his', 'her', 'ur']);
const JOB_VERBS = new Set(['join', 'work', 'apply', 'intern', 'interview', 'be']);
const GRATITUDE = new Set(['thanks', 'thank', 'thx', 'grateful', 'appreciate']);

/** Favours that are too big for a first message, for everyone. */
const FAVOURS = new PhraseMatcher([
  'refer me',
  '{a|your} referral',
  'referral {for|to}',
  'recommend me for',
  'put in a good word',
  'good word for me',
  'put in a word {for|with}',
  '{introduce me to|introduction to|intro to|connect me with|put me in touch with}',
  '{review|reviewing|look at|looking at|check|checking|read|reading|critique|forward|forwarding|pass|passing|share|send|give|giving} my {resume|cv|portfolio|cover letter|application|thesis|thesis draft|draft|paper|manuscript|deck}',
  '{look|glance|once-over} at my',
  '{pass|passing|forward|forwarding} {it|my cv|my resume} {along|on}',
  'feedback on my {resume|cv|portfolio|application}',
  'vouch for me',
  '{invest in|fund|funding for} {my|our}',
]);

/**
 * Asks in other words: a request to them ("could you", "would you mind", "would you be open to", "please") followed,
 * within a few words, by a favour verb whose object is the sender or the sender's work ("passing my CV", "introducing
 * me", "take a look at it"). Read word by word over a bounded window, so linear.
 */
const REQUESTS = new PhraseMatcher([
  '{could|would|can|will} you',
  'would you {mind|consider|be open to|be willing to|be able to|be happy to}',
  '{any chance|is there any chance|is there a chance} you',
  "{i'd|i would} {be grateful|appreciate it|be thankful} if you",
  'if you {could|would|can}',
  '{please|kindly|pls|plz}',
]);
const FAVOUR_VERBS = new Set([
  'review', 'reviewing', 'read', 'reading', 'proofread', 'proofreading', 'critique', 'critiquing', 'look', 'looking', 'glance', 'skim',
  'pass', 'passing', 'forward', 'forwarding', 'share', 'sharing', 'introduce', 'introducing', 'refer', 'referring', 'mentor',
  'mentoring', 'sponsor', 'sponsoring', 'connect', 'connecting', 'put', 'putting', 'hire', 'hiring', 'consider', 'considering',
  'shortlist', 'vouch', 'fund', 'invest',
]);
/** What the favour is done to: the sender, or (after a review verb) the thing just sent. */
const SENDER_OBJECTS = new Set(['me', 'my', 'us', 'our', 'mine']);
const REVIEW_VERBS = new Set(['review', 'reviewing', 'read', 'reading', 'proofread', 'proofreading', 'critique', 'critiquing', 'look', 'looking', 'glance', 'skim']);
const SENT_OBJECTS = new Set(['it', 'this', 'them', 'these']);
const VERB_WINDOW = 6;
const OBJECT_WINDOW = 3;

/** Words after "referral" that make it a topic ("a referral programme", "referral traffic"), not an ask for one. */
const ASK_CONTINUATIONS = new Set(['for', 'to', 'into', 'at', 'in', 'if', 'from', 'please', 'with', 'or', 'and', 'when', 'as', 'on', 'would', 'could', 'so']);
/** Words before "a referral" that make it an event in time, not an ask: "after a referral", "until a referral" ("without a referral" may still ask). */
const REFERRAL_AS_EVENT = new Set(['after', 'before', 'following', 'upon', 'until']);
/** Words before "introduction to" / "intro to" that make it a title or a topic ("your Intro to Rust course"). */
const TOPIC_DETERMINERS = new Set(['your', 'the', 'his', 'her', 'their', 'this', 'that', 'its', 'our', 'gentle', 'brief', 'short']);

const FIRST_MESSAGE_KINDS = new Set(['invite', 'inmail', 'follow-up']);

export const earlyAsk: Rule = {
  name: 'early-ask',
  description: 'A first message asks for a job, referral, openings, an introduction, a resume review or another big favour.',
  rationale:
    'Connect early, interact, ask later: a big favour from someone who just appeared reads as using them. ' +
    'Build familiarity first. Recruiters are the exception: asking them about roles is their job.',
  defaultSeverity: 'error',
  tags: ['etiquette'],
  check(draft, report) {
    if (!appliesTo(draft)) return;
    // One diagnostic per sentence: its first ask.
    const seen = new Set<unknown>();
    for (const match of asksIn(draft)) {
      const sentence = draft.sentenceOfWord(match.firstWord);
      if (seen.has(sentence)) continue;
      seen.add(sentence);
      report({
        ...draft.wordSpan(match.firstWord, match.endWord),
        message: 'Hold this ask until you have talked: open with the connection and a reason, and ask for favours later.',
        severity: draft.meta.kind === 'follow-up' ? 'warning' : 'error',
      });
    }
  },
};

/** The recipient recruits, as the note says ("saw you recruit for ...", "you're a recruiter"): job talk is their work. */
const RECRUITS = /\byou(?:['’]re|\s+are)?\s+(?:an?\s+)?(?:recruit|recruits|recruiting|recruiter|technical\s+recruiter|talent\s+partner)\b/i;

/** A favour about the sender's CV ("passing my CV to the hiring manager"): with a recruiter, that is how the conversation goes. */
function aboutCv(draft: Draft, match: PhraseMatch): boolean {
  const end = Math.min(draft.words.length, match.endWord + 4);
  for (let i = match.firstWord; i < end; i++) if (CV_WORDS.has(draft.words[i].norm)) return true;
  return false;
}

/** The draft's asks for favours and jobs, in order, leaving out negated, quoted and topical ones and a recruiter's job talk. */
export const asksIn = oncePerDraft(findAsks);

function findAsks(draft: Draft): PhraseMatch[] {
  const recruiter = draft.meta.scenario?.id === 'recruiter' || RECRUITS.test(draft.prose.slice(draft.bodyStart));
  const matches = [
    ...FAVOURS.findAll(draft.words).filter((match) => !isOffer(draft, match, recruiter) && !(recruiter && aboutCv(draft, match))),
    ...requestedFavours(draft).filter((match) => !(recruiter && (isOffer(draft, match, recruiter) || aboutCv(draft, match)))),
    ...(recruiter ? [] : JOB_ASKS.findAll(draft.words)),
    ...(recruiter ? [] : HIRING_SAID.findAll(draft.words).filter((match) => isQuestion(draft, match))),
  ];
  return matches
    .sort((a, b) => a.firstWord - b.firstWord)
    .filter((match) => !isNegated(draft, match.firstWord) && !draft.isQuoted(draft.words[match.firstWord].start) && !isTopic(draft, match));
}

/** "You're hiring" said is what the sender saw ("saw you're hiring; I'd love to connect"); asked ("any chance you're hiring?") it asks for a job. */
const HIRING_SAID = new PhraseMatcher(["{you're|you are|your team's|your team is|ur} hiring"]);

/** Whether the phrase's sentence is a question. */
function isQuestion(draft: Draft, match: PhraseMatch): boolean {
  const sentence = draft.sentenceOfWord(match.firstWord);
  return sentence !== undefined && draft.prose.slice(sentence.start, sentence.end).trimEnd().endsWith('?');
}

/** A request to them followed by a favour done to the sender: from the request to the object. */
function requestedFavours(draft: Draft): PhraseMatch[] {
  const words = draft.words;
  const found: PhraseMatch[] = [];
  for (const request of REQUESTS.findAll(words)) {
    const sentence = draft.sentenceOfWord(request.firstWord);
    if (!sentence) continue;
    const verbEnd = Math.min(sentence.endWord, request.endWord + VERB_WINDOW);
    for (let verb = request.endWord; verb < verbEnd; verb++) {
      if (!FAVOUR_VERBS.has(words[verb].norm)) continue;
      const object = senderObject(draft, verb, sentence.endWord);
      if (object !== undefined) {
        found.push({ firstWord: request.firstWord, endWord: object + 1, phrase: '' });
        break;
      }
    }
  }
  return found;
}

function senderObject(draft: Draft, verb: number, sentenceEnd: number): number | undefined {
  const words = draft.words;
  const review = REVIEW_VERBS.has(words[verb].norm);
  for (let i = verb + 1; i < Math.min(sentenceEnd, verb + 1 + OBJECT_WINDOW); i++) {
    // "share with me" or "speak to me" tells them something; the favour is done to the sender as its direct object.
    const indirect = words[i - 1].norm === 'with' || words[i - 1].norm === 'to';
    if (!indirect && (SENDER_OBJECTS.has(words[i].norm) || (review && SENT_OBJECTS.has(words[i].norm)))) return i;
    if (ADDRESSED_TO_THEM.has(words[i].norm)) return undefined;
  }
  return undefined;
}

/**
 * Words that name a topic or thank them rather than ask: "a referral programme", "your Intro to Rust course", "your post
 * about hiring juniors", "what is the role of", "apply your framework", "thanks for reading my post".
 */
function isTopic(draft: Draft, match: PhraseMatch): boolean {
  const words = draft.words;
  const sentence = draft.sentenceOfWord(match.firstWord);
  if (!sentence) return false;
  const first = words[match.firstWord];
  const last = words[match.endWord - 1];
  const next = match.endWord < sentence.endWord ? words[match.endWord] : undefined;
  const glued = next !== undefined && /^[ \t]+$/.test(draft.prose.slice(last.end, next.start));
  if (last.norm === 'referral') {
    // "after a referral": a referral as something that happens (to a patient, a client), not one asked for.
    const before = words[match.firstWord - 1];
    if (before !== undefined && match.firstWord > sentence.firstWord && REFERRAL_AS_EVENT.has(before.norm)) return true;
    return glued && !ASK_CONTINUATIONS.has(next.norm);
  }
  if (last.norm === 'apply') return glued && !APPLY_FOR.has(next.norm);
  if ((last.norm === 'role' || last.norm === 'job' || last.norm === 'position') && next?.norm === 'of') return true;
  // "Opportunities to volunteer / to collaborate" offer a way to take part, not a job.
  if ((last.norm === 'opportunities' || last.norm === 'opportunity') && next?.norm === 'to') {
    const verb = words[match.endWord + 1]?.norm ?? '';
    return !JOB_VERBS.has(verb);
  }
  // "Consider me a fan" describes; "consider me for the role" asks.
  if (last.norm === 'me' && first.norm === 'consider' && next !== undefined && (next.norm === 'a' || next.norm === 'an')) return true;
  if (first.norm === 'introduction' || first.norm === 'intro') {
    const before = words[match.firstWord - 1];
    const titleCase = startsWithCapital(first.text) && sentence.firstWord !== match.firstWord;
    if (titleCase || (before !== undefined && TOPIC_DETERMINERS.has(before.norm))) return true;
  }
  // Look back a few words, within the sentence: bounded, so linear.
  const from = Math.max(sentence.firstWord, match.firstWord - 8);
  let topicWord = false;
  for (let i = match.firstWord - 1; i >= from; i--) {
    const norm = words[i].norm;
    if (GRATITUDE.has(norm) && words[i + 1]?.norm === 'for') return true;
    if (i >= match.firstWord - 3 && TOPIC_PREPOSITIONS.has(norm)) topicWord = true;
    else if (topicWord && THEIR.has(norm)) return true;
  }
  return false;
}

/**
 * The sender offering something of theirs ("I'd love to share my paper", "happy to send my deck"): a giving verb with
 * no request to them before it in the sentence. A CV offered counts only with a recruiter; to anyone else it asks for a job.
 */
function isOffer(draft: Draft, match: PhraseMatch, recruiter: boolean): boolean {
  const words = draft.words;
  let cv = false;
  let giving = false;
  for (let i = match.firstWord; i < match.endWord; i++) {
    if (CV_WORDS.has(words[i].norm)) cv = true;
    if (GIVING_VERBS.has(words[i].norm)) giving = true;
  }
  if (!giving && !(recruiter && cv)) return false;
  if (cv && !recruiter) return false;
  const sentence = draft.sentenceOfWord(match.firstWord);
  if (!sentence) return false;
  for (let i = Math.max(sentence.firstWord, match.firstWord - 8); i < match.firstWord; i++) if (ADDRESSED_TO_THEM.has(words[i].norm)) return false;
  return true;
}

function appliesTo(draft: Draft): boolean {
  return FIRST_MESSAGE_KINDS.has(draft.meta.kind) || draft.meta.scenario?.id === 'informational-interview';
}
