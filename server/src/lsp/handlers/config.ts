import type { ServerContext } from '../context';

/** Settings: pushed ones apply at once; a client that can answer `workspace/configuration` is asked as well. */
export function registerConfig({ connection, client, settings }: ServerContext): void {
  connection.onInitialized(() => {
    if (client.pullsConfiguration) void settings.pull();
  });
  connection.onDidChangeConfiguration((change) => {
    const pushed = (change.settings as { inviteLint?: unknown } | null)?.inviteLint;
    if (pushed !== undefined) settings.apply(pushed);
    if (client.pullsConfiguration) void settings.pull();
  });
}
