/**
 * What a person would type into a fix's tab stops, chosen by the tab stop's hint ("[when]" gets a time, "[event]" an
 * event), so tests can check a fix the way it is used: inserted, then filled in.
 */
const FILLS: [RegExp, string][] = [
  [/^\d+$/, ''],
  [/\d\s*(?:am|pm)\b/i, '10am'],
  [/when|thursday/i, 'next Thursday at 10'],
  [/how long/i, 'three years'],
  [/year/i, '2019'],
  [/title/i, 'Calm releases'],
  [/contact|name/i, 'Dana Ortiz'],
  [/coffee/i, 'buy you coffee'],
  [/school|programme/i, 'UBC'],
  [/group/i, 'the Rust user group'],
  [/update|who you are/i, 'a data engineer at Acme'],
  [/company|project/i, 'Acme'],
  [/post/i, 'post'],
  [/event/i, 'PyCon Berlin'],
];

export function fillTabStop(defaultText: string): string {
  for (const [hint, value] of FILLS) if (hint.test(defaultText)) return value || defaultText;
  return 'offline-first sync at Acme';
}
