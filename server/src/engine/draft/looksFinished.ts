/** A draft shorter than this is still being started, whatever it ends with. */
export const FINISHED_MIN_LENGTH = 80;

/**
 * Whether a message reads as finished: long enough to be a note and ending a sentence ("...keep in touch."). Editors
 * then show the rules that flag what a draft lacks without waiting for the writer to pause.
 */
export function looksFinished(message: string): boolean {
  const text = message.trimEnd();
  return text.length >= FINISHED_MIN_LENGTH && /[.!?…][)"'’”]?$/u.test(text);
}
