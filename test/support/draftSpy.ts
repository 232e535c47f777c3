// Counting how often a draft is parsed: every Draft whose message is read (lint's too-long and the summary both read
// it) is recorded until `restore()`.
import { Draft } from '../../server/src/engine';

export function recordDraftsParsed(): { drafts: Set<Draft>; restore(): void } {
  const drafts = new Set<Draft>();
  const message = Object.getOwnPropertyDescriptor(Draft.prototype, 'message')!;
  Object.defineProperty(Draft.prototype, 'message', {
    ...message,
    get(this: Draft) {
      drafts.add(this);
      return message.get!.call(this);
    },
  });
  return { drafts, restore: () => Object.defineProperty(Draft.prototype, 'message', message) };
}
