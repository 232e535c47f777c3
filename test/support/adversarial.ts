/**
 * Drafts shaped to hit the worst case of a linter: the reproductions of issue 11 and the shapes that make regexes
 * backtrack or scans go quadratic (nested brackets, runs of every punctuation mark, rule trigger words repeated, long
 * words without spaces). Each shape builds a draft of about `size` characters, so time can be compared across sizes.
 */
export interface AdversarialShape {
  name: string;
  build(size: number): string;
}

/** `unit` repeated until the text reaches `size` characters. */
function repeat(unit: string, size: number): string {
  return unit.repeat(Math.max(1, Math.ceil(size / unit.length)));
}

function withFrontMatter(frontMatter: string, body: string): string {
  return `---\n${frontMatter}\n---\n${body}\n`;
}

const PUNCTUATION = [...'!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~', '“', '”', '’', '—', '…'];

/** Words and phrases the rules look for: repeated, each one walks into a rule's matcher again and again. */
const TRIGGERS = [
  'I would like to connect and ',
  "I'd like to add you to my professional network ",
  'your ',
  'your amazing incredible ',
  'at ',
  'at The ',
  'our ',
  'through ',
  'via A ',
  'I am ',
  "I'm a ",
  'we both ',
  'Hi Priya, ',
  'Dear Sir ',
  'coffee sometime ',
  'refer me ',
  'book a demo ',
  '10x ',
  'calendly.com/',
  'http://x',
  'www.',
  '<https://',
  '{{name}} ',
  '[Company] ',
  '<first name> ',
  'TODO ',
  'Priya suggested ',
  'Priya Raman ',
  'How are you? ',
  'It has been ',
  'I have just ',
  '15 minutes ',
  'thanks ',
  '"A talk" ',
  'Monday 10am ',
  'Dr. ',
  'e.g. ',
  'can we connect? ',
];

const SCENARIOS = [
  'met-at-event', 'former-colleague', 'reconnect', 'close-friend', 'alumni', 'mutual-connection', 'read-their-work', 'group-member',
  'recruiter', 'hiring-manager', 'dream-company', 'stranger-shared-interest', 'informational-interview', 'follow-up',
];

export const ADVERSARIAL_SHAPES: AdversarialShape[] = [
  {
    name: 'no-reason question that grows a word at a time',
    build: (size) => `Hi Priya,\n\n${repeat('I would like to connect and ', size)}can we connect here so?\n`,
  },
  { name: 'front matter: flow braces', build: (size) => withFrontMatter(`to: ${repeat('{', size)}`, 'Hi Priya,') },
  { name: 'front matter: complex keys', build: (size) => withFrontMatter(repeat('? ', size), 'Hi Priya,') },
  { name: 'front matter: nested sequences', build: (size) => withFrontMatter(repeat('- ', size), 'Hi Priya,') },
  { name: 'front matter: indented nesting', build: (size) => withFrontMatter(Array.from({ length: Math.ceil(Math.sqrt(size)) }, (_, i) => `${' '.repeat(i)}a:`).join('\n'), 'Hi') },
  { name: 'front matter: long to', build: (size) => withFrontMatter(`to: ${repeat('Priya Raman ', size)}`, repeat('Hi Priya, your amazing incredible work. ', size / 4)) },
  { name: 'front matter: many bad keys, many comments', build: (size) => withFrontMatter(repeat('tox: 1\n', size / 2), repeat('<!-- c -->\n', size / 2)) },
  { name: 'front matter: many lines', build: (size) => withFrontMatter(repeat('to: Priya\n', size), 'Hi Priya,') },
  { name: 'link openers without a close', build: (size) => `Hi Priya, ${repeat('](', size)}\n` },
  { name: 'link openers with parentheses', build: (size) => `Hi Priya, ${repeat('](( ', size)}\n` },
  { name: 'mutual contact over hyphenated capitals', build: (size) => withFrontMatter('scenario: mutual-connection', `Hi Priya, ${repeat('A-', size)}\n`) },
  { name: 'disable comments and hits', build: (size) => repeat("<!-- invite-lint-disable generic-phrase -->\nI came across your profile.\n", size) },
  { name: 'disable-next-line comments and hits', build: (size) => repeat('<!-- invite-lint-disable-next-line stock-invite -->\nTODO {{name}}\n', size) },
  {
    name: 'backtick runs of decreasing length',
    build: (size) => {
      const runs = Math.ceil(Math.sqrt(size));
      return `Hi ${Array.from({ length: runs }, (_, i) => `${'`'.repeat(runs - i)} x `).join('')}\n`;
    },
  },
  { name: 'one long line of prose', build: (size) => `Hi Priya, ${repeat('we met at the meetup and your talk was great ', size)}` },
  { name: 'one long word', build: (size) => `Hi Priya, ${repeat('a', size)}` },
  { name: 'one long capitalised hyphenated word', build: (size) => `Hi Priya, ${repeat('Ab-', size)}` },
  { name: 'nested square brackets', build: (size) => `Hi Priya, ${repeat('[', size / 2)}${repeat(']', size / 2)}` },
  { name: 'nested parentheses', build: (size) => `Hi Priya, ${repeat('(', size / 2)}${repeat(')', size / 2)}` },
  { name: 'nested braces', build: (size) => `Hi Priya, ${repeat('{', size / 2)}${repeat('}', size / 2)}` },
  { name: 'nested angle brackets', build: (size) => `Hi Priya, ${repeat('<', size / 2)}${repeat('>', size / 2)}` },
  { name: 'unclosed comment openers', build: (size) => `Hi Priya, ${repeat('<!- <!-- ', size)}` },
  { name: 'fences that never close', build: (size) => `Hi Priya,\n${repeat('```\nx\n', size)}` },
  { name: 'emphasis runs', build: (size) => `Hi Priya, ${repeat('*_a', size)}` },
  { name: 'emoji', build: (size) => `Hi Priya, ${repeat('👋🏽🎉 ', size)}` },
  { name: 'blank lines', build: (size) => `Hi Priya,${repeat('\n \n', size)}` },
  { name: 'lone carriage returns', build: (size) => `---\rto: Priya\r---\rHi Priya,${repeat('\rwe met at the meetup.', size)}` },
  ...PUNCTUATION.map((mark) => ({ name: `run of ${JSON.stringify(mark)}`, build: (size: number) => `Hi Priya, ${repeat(mark, size)}` })),
  ...PUNCTUATION.map((mark) => ({ name: `words joined by ${JSON.stringify(mark)}`, build: (size: number) => `Hi Priya, ${repeat(`Ab${mark}`, size)}` })),
  ...TRIGGERS.map((trigger) => ({
    name: `${JSON.stringify(trigger.trim())} repeated`,
    build: (size: number) => withFrontMatter('to: Priya Raman', repeat(trigger, size)),
  })),
  // Rules that only run for a scenario or a kind meet every trigger word, interleaved.
  ...['follow-up', ...SCENARIOS].map((scenario) => ({
    name: `every trigger word, scenario ${scenario}`,
    build: (size: number) =>
      withFrontMatter(`to: Priya Raman\nscenario: ${scenario}${scenario === 'follow-up' ? '\nkind: follow-up' : ''}`, repeat(TRIGGERS.join(''), size)),
  })),
  ...['message', 'inmail'].map((kind) => ({
    name: `every trigger word, kind ${kind}`,
    build: (size: number) => withFrontMatter(`to: Priya Raman\nkind: ${kind}\nsubject: ${TRIGGERS.join('').slice(0, 150).replace(/[:#{}\[\]"'&*!|>%@`,?]/g, ' ')}`, repeat(TRIGGERS.join(''), size)),
  })),
];
