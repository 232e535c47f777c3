import { deletePhrase } from '../fixes/deletion';
import type { Subject } from '../draft/subject';
import { compilePhrases, type CompiledPhrases } from '../project/phrases';
import { PhraseMatcher, type Word } from '../text/words';
import type { Report, Rule } from './rule';

/** Ways of saying "I looked at your profile": said to anyone, since anyone has a profile. */
const PROFILE = '{esteemed|impressive|amazing|linkedin|great|interesting|inspiring}? profile';

const BUILT_IN_PHRASES = [
  `{came|come|coming|stumbled|stumbling|happened|chanced} {across|upon|on} your ${PROFILE}`,
  `{went|gone|going|go|looked|looking|scrolled|scrolling|browsed|browsing|glanced} {through|at|over} your ${PROFILE}`,
  `{viewed|visited|checked out|saw|seen|read} your ${PROFILE}`,
  `your ${PROFILE} {really|truly|immediately|instantly|just}? {caught|grabbed|got|piqued} my {eye|attention|interest}`,
  `your ${PROFILE} {really|truly|immediately|instantly|just}? {stood out|popped up|came up|appeared}`,
  '{expand|expanding|grow|growing|broaden|broadening|extend|extending|build|building|increase|increasing|widen|widening|strengthen|strengthening} my {professional|linkedin}? network',
  '{like minded|likeminded} {professionals|people|individuals|folks}',
  '{hope|trust|hoping|trusting} {this|this message|this note|my message|my note|this email|you are|you’re|you\'re} {finds|meets|reaches} you {well|in good health|in good spirits}',
  '{explore|exploring|discuss|discussing|find|finding|create|creating|unlock|unlocking} {potential|possible|mutual|any|some|new}? synergies',
  '{mutually beneficial|win-win} {relationship|opportunities|opportunity|partnership|collaboration|connection}',
  'pick your brain',
  "{i'm|i am}? reaching out to connect",
  'connect with {other}? {like minded|likeminded|fellow}? professionals {like you|like yourself}?',
  'always looking to {connect|network} with',
  'impressed by your profile',
];
const GENERIC_PHRASES = new PhraseMatcher(BUILT_IN_PHRASES);

/** Subjects that could head any InMail: flagged when they are the whole subject ("Quick question!", "An exciting opportunity"). */
const SUBJECT_CLICHES = new PhraseMatcher([
  '{quick|a quick|one quick|short|a short|brief|a brief} {question|questions|q|ask|request|favor|favour|note|chat|call|hello|intro|introduction|idea|thought} {for you}?',
  '{a|one}? {question|request|favor|favour} {for you}?',
  '{an|a|one|great|exciting|amazing|new|job|career|unique|special|business|partnership|collaboration|an exciting|a great|a new|a unique|a job|a career|a business|a partnership}? {opportunity|opportunities} {for you}?',
  '{hi|hello|hey|greetings|hi there|hello there|introduction|intro|introducing myself|quick introduction}',
  "{let's connect|let us connect|connecting|connection request|networking|can we connect|let's chat|let's talk}",
  '{following up|follow up|checking in|just checking in|touching base|circling back|reaching out|just reaching out}',
  '{important|urgent|time sensitive|time-sensitive}',
  '{your|your linkedin} profile',
]);

export const genericPhrase: Rule = {
  name: 'generic-phrase',
  description: 'Clichés that could be sent to anyone.',
  rationale:
    'A line that fits every recipient tells this one nothing. Generic notes do no better than blank invites; ' +
    'specific ones raise replies. Say why this person, instead.',
  defaultSeverity: 'warning',
  tags: ['generic'],
  check(draft, report) {
    // The project config's phrases.flag joins the built-in list; phrases.allow silences either.
    const phrases = compilePhrases(BUILT_IN_PHRASES, GENERIC_PHRASES, draft.config.phrases);
    const allowed = phrases.allow?.in(draft.words);
    for (const match of phrases.matcher.findAll(draft.words)) {
      if (allowed?.(match.firstWord, match.endWord)) continue;
      // Inside a quoted title ("Stop Saying 'Hope This Finds You Well'") the cliché is named, not said.
      if (draft.isQuoted(draft.words[match.firstWord].start)) continue;
      const span = draft.wordSpan(match.firstWord, match.endWord);
      // From the prose, so a comment inside the phrase is not quoted back.
      const phrase = draft.prose.slice(span.start, span.end).replace(/\s+/g, ' ');
      const deletion = deletePhrase(draft, match.firstWord, match.endWord);
      report({
        ...span,
        message: teamMessage(phrases, match.phrase, phrase) ?? `"${phrase}" could be sent to anyone: say what draws you to this person instead.`,
        fix: deletion && { title: `Delete "${phrase}"`, isPreferred: true, edits: [deletion] },
        allowPhrase: builtInPhrase(phrases, match.phrase, draft.words.slice(match.firstWord, match.endWord)),
      });
    }
    const subject = draft.subject;
    if (subject) checkSubject(subject, phrases, report);
  },
};

/** A subject is rewritten rather than trimmed, so its hits carry no deletion. */
function checkSubject(subject: Subject, phrases: CompiledPhrases, report: Report): void {
  const allowed = phrases.allow?.in(subject.words);
  if (allowed?.(0, subject.words.length)) return;
  const whole = SUBJECT_CLICHES.findAll(subject.words)[0];
  if (whole && whole.firstWord === 0 && whole.endWord === subject.words.length) {
    report({
      ...subject.wordSpan(0, subject.words.length),
      message: `"${subject.text}" is the subject of countless InMails: name what this one is about (their talk, your shared school, the role).`,
      allowPhrase: asWritten(subject.words),
    });
    return;
  }
  for (const match of phrases.matcher.findAll(subject.words)) {
    if (allowed?.(match.firstWord, match.endWord)) continue;
    const span = subject.wordSpan(match.firstWord, match.endWord);
    const text = subject.slice(span);
    report({
      ...span,
      message: teamMessage(phrases, match.phrase, text) ?? `"${text}" in the subject could head any InMail: name what this one is about.`,
      allowPhrase: builtInPhrase(phrases, match.phrase, subject.words.slice(match.firstWord, match.endWord)),
    });
  }
}

/**
 * The words of a built-in hit, for "Allow in this project". A team phrase gets none: its own config file flags it, and
 * the fix would write the opposite into the same file.
 */
function builtInPhrase(phrases: CompiledPhrases, key: string, words: readonly Word[]): string | undefined {
  return phrases.team.has(key) ? undefined : asWritten(words);
}

function asWritten(words: readonly Word[]): string {
  return words.map((word) => word.text).join(' ');
}

/** A team phrase's hit says what the team wrote, or that the team's list flags it. */
function teamMessage(phrases: CompiledPhrases, key: string, text: string): string | undefined {
  const team = phrases.team.get(key);
  if (!team) return undefined;
  return team.message ? `"${text}": ${team.message}` : `"${text}" is on your team's list of phrases to avoid (phrases.flag in the project config).`;
}
