import { foldName } from '../draft/draft';
import { greetableName } from '../draft/greeting';
import type { Rule } from './rule';

export const nameMismatch: Rule = {
  name: 'name-mismatch',
  description: "The greeting names someone other than the front matter's `to` (a copy-paste slip).",
  rationale:
    'Greeting a person by the wrong name is worse than no name at all: it shows the note was copied from one sent to someone else.',
  defaultSeverity: 'error',
  tags: ['personalisation'],
  check(draft, report) {
    const expected = draft.recipientFirstName;
    const greeted = draft.greeting?.name;
    if (!expected || !greeted || /[{[<]/.test(draft.text[greeted.start - 1] ?? '')) return;
    if (draft.isRecipientName(greeted.text) || isNicknameOf(greeted.text, draft.recipientNames, draft.isCloseFriend)) return;
    report({
      start: greeted.start,
      end: greeted.end,
      message: `Greet ${draft.meta.to} by name: this greets "${greeted.text}" (if that is a nickname, put it in \`to\`).`,
      fix: greetableName(draft) ? { title: `Change "${greeted.text}" to "${expected}"`, isPreferred: true, edits: [{ start: greeted.start, end: greeted.end, newText: expected }] } : undefined,
    });
  },
};

/** Common short forms that do not start like the full name. */
const NICKNAMES: Record<string, string[]> = {
  bob: ['robert'], bobby: ['robert'], rob: ['robert'], bill: ['william'], will: ['william'], liam: ['william'], dick: ['richard'],
  rick: ['richard'], jim: ['james'], jimmy: ['james'], jack: ['john'], johnny: ['john'], peggy: ['margaret'], meg: ['margaret'],
  maggie: ['margaret'], beth: ['elizabeth'], liz: ['elizabeth'], betty: ['elizabeth'], kate: ['katherine', 'catherine', 'kathryn'],
  katie: ['katherine', 'catherine'], kathy: ['katherine', 'kathryn'], cathy: ['catherine'], ted: ['edward', 'theodore'], ned: ['edward'],
  harry: ['henry', 'harold'], hank: ['henry'], chuck: ['charles'], charlie: ['charles', 'charlotte'], tony: ['anthony', 'antonio'],
  sasha: ['aleksandr', 'alexander', 'alexandra', 'aleksandra'], sacha: ['alexandre'], misha: ['mikhail'], dima: ['dmitry', 'dmitri'],
  kolya: ['nikolai'], pepe: ['josé', 'jose'], paco: ['francisco'], pancho: ['francisco'], nacho: ['ignacio'], lola: ['dolores'],
  bea: ['beatriz', 'beatrice'], sandy: ['alexandra', 'sandra'], sandro: ['alessandro'], xander: ['alexander'], peg: ['margaret'],
  // Diminutives whose ending changes: "Lizzie" for Elizabeth, "Andy" for Andrew, "Joe" for Joseph.
  lizzie: ['elizabeth'], lizzy: ['elizabeth'], libby: ['elizabeth'], betsy: ['elizabeth'], eliza: ['elizabeth'], andy: ['andrew'],
  joe: ['joseph'], joey: ['joseph'], mike: ['michael'], mikey: ['michael'], dave: ['david'], steve: ['stephen', 'steven'], jenny: ['jennifer'],
  becky: ['rebecca'], abby: ['abigail'], nate: ['nathan', 'nathaniel'], jessie: ['jessica'], vicky: ['victoria'], penny: ['penelope'],
  tom: ['thomas'], tommy: ['thomas'], tomás: ['thomas'], sally: ['sarah'], polly: ['mary'], molly: ['mary'], dolly: ['dorothy'], patty: ['patricia'], trish: ['patricia'], sue: ['susan'],
};

/** A name as it sounds, roughly: the spellings transliteration varies between folded together. */
function sounded(name: string): string {
  return name.replace(/ph/g, 'f').replace(/x/g, 'ks').replace(/c(?=[eiy])/g, 's').replace(/[cq]/g, 'k').replace(/y/g, 'i').replace(/(.)\1/g, '$1');
}

/** A name's consonants in order, doubled ones once ("Mohammed" and "Muhammad" are both mhmd). */
function consonants(name: string): string {
  return sounded(name).replace(/[aeiou]/g, '').replace(/(.)\1/g, '$1');
}

/**
 * A greeting by a short form of `to`'s name is not a copy-paste slip: a prefix of at least two letters ("Tom" for
 * Thomas, "Jen" for Jennifer, "Ale" for Alejandro), its end or a stretch inside it ("Seun" for Oluwaseun, "Tina" for
 * Christina), a common nickname ("Bob" for Robert, "Sasha" for Aleksandr), and
 * between close friends any pet name that starts like theirs ("Mimi" for Mia).
 */
function isNicknameOf(greeted: string, names: string[], closeFriend: boolean): boolean {
  const short = foldName(greeted);
  return names.some((name) => {
    const full = foldName(name);
    // Two letters are enough when that is the whole short name ("Jo" for Joanna, "Ed" for Edward).
    if (short.length >= 2 && full.startsWith(short)) return true;
    // Many short forms are the name's end or a stretch inside it: "Seun" for Oluwaseun, "Tina" for Christina.
    if ((short.length >= 3 && full.endsWith(short)) || (short.length >= 4 && full.includes(short))) return true;
    if (NICKNAMES[short]?.includes(full)) return true;
    // Spellings of one name: "Alex" for Aleksandr, "Mohammed" for Muhammad, "Filip" for Philipp.
    if (sounded(short).length >= 3 && sounded(full).startsWith(sounded(short))) return true;
    const skeleton = consonants(short);
    if (skeleton.length >= 3 && skeleton === consonants(full) && short[0] === full[0]) return true;
    return closeFriend && short.length >= 2 && full.slice(0, 2) === short.slice(0, 2);
  });
}
