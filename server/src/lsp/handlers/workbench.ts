import { followUpDraft, isDate, markStatus } from '../../engine/project/lifecycle';
import { toLspEdits } from '../convert';
import { FOLLOW_UP_REQUEST, MARK_STATUS_REQUEST } from '../../protocol';
import type { ServerContext } from '../context';
import { documentWorthLinting } from '../currentDocument';
import { DRAFTS_REQUEST } from '../draftIndex';
import { onDemand } from '../loadOnDemand';

const STATUSES = new Set(['sent', 'accepted', 'replied']);

/** The outreach workbench: the readiness code lens, and the lifecycle edits the client's commands apply. */
export function registerWorkbench(context: ServerContext): void {
  const { connection, documents, index } = context;
  connection.onCodeLens(async (params, token) => {
    const document = await documentWorthLinting(context, params.textDocument.uri, token);
    return document ? onDemand().readinessLensOf(context, document) : [];
  });
  // The Drafts view: every draft's overview (the client asks again on inviteLint/draftsChanged).
  connection.onRequest(DRAFTS_REQUEST, () => index.overviews());
  // The client passes today's date (the user's clock): the edits set `status` and the date in the front matter.
  connection.onRequest(MARK_STATUS_REQUEST, (params: { uri?: unknown; status?: unknown; today?: unknown } | null) => {
    const document = typeof params?.uri === 'string' ? documents.get(params.uri) : undefined;
    if (!document || typeof params?.status !== 'string' || !STATUSES.has(params.status) || typeof params.today !== 'string' || !isDate(params.today)) return null;
    return toLspEdits(document, markStatus(document.getText(), params.status as 'sent', params.today));
  });
  connection.onRequest(FOLLOW_UP_REQUEST, (params: { uri?: unknown; today?: unknown } | null) => {
    const document = typeof params?.uri === 'string' ? documents.get(params.uri) : undefined;
    if (!document || typeof params?.today !== 'string' || !isDate(params.today)) return null;
    return followUpDraft(document.getText(), params.today);
  });
}
