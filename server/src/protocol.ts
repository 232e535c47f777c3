/**
 * The names of invite-lint's own requests between the VS Code client and the language server, imported by both
 * (constants only: the client bundles this file, so it imports nothing).
 */

/** `{ uri, status: 'sent' | 'accepted' | 'replied', today: 'YYYY-MM-DD' }` -> the front matter edits, or null. */
export const MARK_STATUS_REQUEST = 'inviteLint/markStatus';
/** `{ uri, today: 'YYYY-MM-DD' }` -> the text of a follow-up draft to the same person, or null. */
export const FOLLOW_UP_REQUEST = 'inviteLint/followUpDraft';
