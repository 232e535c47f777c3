import { DidChangeWatchedFilesNotification } from '../library';
import type { ServerContext } from '../context';

/** Settings: pushed ones apply at once; a client that can answer `workspace/configuration` is asked as well. */
export function registerConfig({ connection, client, settings, configs, documents, scheduler, workspace }: ServerContext): void {
  connection.onInitialized(() => {
    if (client.pullsConfiguration) void settings.pull();
    // The workspace's drafts and .gitignore files, and (for clients other than ours) the project config files, so that a
    // quick fix that wrote one or an edit by hand is seen.
    if (client.registersFileWatchers) {
      const watchers = [{ globPattern: '**/*.invite.md' }, { globPattern: '**/.gitignore' }, ...(client.watchesConfigFiles ? [] : [{ globPattern: CONFIG_FILE_GLOB }])];
      connection.client
        .register(DidChangeWatchedFilesNotification.type, { watchers })
        .catch((error: Error) => connection.console.warn(`Could not ask the client to watch files (${error.message}); drafts and config files changed on disk are seen when reopened.`));
    }
    workspace.start();
  });
  connection.onDidChangeConfiguration((change) => {
    const pushed = (change.settings as { inviteLint?: unknown } | null)?.inviteLint;
    if (pushed !== undefined) settings.apply(pushed);
    if (client.pullsConfiguration) void settings.pull();
  });
  // A project config file changed on disk (the client watches them): forget every loaded config and re-lint.
  // Drafts and .gitignore files: the workspace's closed drafts follow them.
  connection.onDidChangeWatchedFiles(({ changes }) => {
    if (!changes.some((change) => isConfigFile(change.uri))) return workspace.filesChanged(changes);
    configs.changed();
    for (const document of documents.all()) scheduler.schedule(document.uri);
    workspace.rescan();
  });
}

const CONFIG_FILE_GLOB = '**/{.invite-lint.json,.invite-lint.jsonc,package.json}';
const CONFIG_FILE = /\/(?:\.invite-lint\.jsonc?|package\.json)$/;

/** A package's own package.json under node_modules is no project config: `npm install` touches thousands of them. */
function isConfigFile(uri: string): boolean {
  return CONFIG_FILE.test(uri) && !uri.includes('/node_modules/');
}
