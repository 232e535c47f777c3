import type { ServerContext } from '../context';

/** Settings: pushed ones apply at once; a client that can answer `workspace/configuration` is asked as well. */
export function registerConfig({ connection, client, settings, configs, documents, scheduler }: ServerContext): void {
  connection.onInitialized(() => {
    if (client.pullsConfiguration) void settings.pull();
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

const CONFIG_FILE = /\/(?:\.invite-lint\.jsonc?|package\.json)$/;
