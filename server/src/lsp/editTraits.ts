import type { ClientCapabilities } from 'vscode-languageserver';

/**
 * Run by the server for a client that cannot create files through a WorkspaceEdit: arguments are the new file's URI and
 * its text. The file is written only if it still does not exist.
 */
export const CREATE_CONFIG_COMMAND = 'inviteLint.createConfigFile';

/** What the client can apply, read from its capabilities at `initialize`. */
export interface WorkspaceEditTraits {
  documentChanges: boolean;
  createFiles: boolean;
}

export function workspaceEditTraits(capabilities: ClientCapabilities): WorkspaceEditTraits {
  const workspaceEdit = capabilities.workspace?.workspaceEdit;
  return { documentChanges: workspaceEdit?.documentChanges === true, createFiles: workspaceEdit?.resourceOperations?.includes('create') === true };
}
