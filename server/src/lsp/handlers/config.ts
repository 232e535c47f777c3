import { DidChangeWatchedFilesNotification } from 'vscode-languageserver';
import type { ServerContext } from '../context';

/** Settings: pushed ones apply at once; a client that can answer `workspace/configuration` is asked as well. */
export function registerConfig({ connection, client, settings, configs, documents, scheduler }: ServerContext): void {
  connection.onInitialized(() => {
    if (client.pullsConfiguration) void settings.pull();
    // So that a client other than ours reports config file changes too (a quick fix that wrote one, an edit by hand).
    if (client.registersFileWatchers && !client.watchesConfigFiles) {
      connection.client
        .register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: CONFIG_FILE_GLOB }] })
        .catch((error: Error) => connection.console.warn(`Could not ask the client to watch config files (${error.message}); edit them and reopen drafts to see changes.`));
    }
  });
  connection.onDidChangeConfiguration((change) => {
    const pushed = (change.settings as { inviteLint?: unknown } | null)?.inviteLint;
    if (pushed !== undefined) settings.apply(pushed);
    if (client.pullsConfiguration) void settings.pull();
  });
  // A project config file changed on disk (the client watches them): forget every loaded config and re-lint.
  connection.onDidChangeWatchedFiles(({ changes }) => {
    if (!changes.some((change) => CONFIG_FILE.test(change.uri))) return;
    configs.changed();
    for (const document of documents.all()) scheduler.schedule(document.uri);
  });
}

const CONFIG_FILE_GLOB = '**/{.invite-lint.json,.invite-lint.jsonc,package.json}';
const CONFIG_FILE = /\/(?:\.invite-lint\.jsonc?|package\.json)$/;
