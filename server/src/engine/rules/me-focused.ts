import { WordSet } from '../text/words';
import type { Rule } from './rule';

const FIRST_PERSON = new WordSet(['i', "i'm", "i've", "i'd", "i'll", 'me', 'my', 'mine', 'myself', 'im']);
const SECOND_PERSON = new WordSet(['you', 'your', "you're", "you've", "you'd", "you'll", 'yours', 'yourself']);
const MIN_FIRST_PERSON = 5;
const RATIO = 3;

export const meFocused: Rule = {
  name: 'me-focused',
  description: 'The message is about the sender: I, me and my far outnumber you and your.',
  rationale:
    'People reply to notes about them. A message that is mostly "I am... I have... my goal..." asks the reader to care about a stranger; ' +
    'lead with them, then say who you are in a line.',
  defaultSeverity: 'info',
  tags: ['tone'],
  check(draft, report) {
    let first = 0;
    let second = 0;
    for (const word of draft.words) {
      if (FIRST_PERSON.has(word)) first++;
      else if (SECOND_PERSON.has(word)) second++;
    }
    if (first < MIN_FIRST_PERSON || first < RATIO * second) return;
    const sentence = draft.sentences[0];
    report({
      ...draft.firstLineOf(sentence),
      message: `Lead with them: this note says I/me/my ${first} times and you/your ${second}.`,
    });
  },
};
