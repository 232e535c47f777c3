import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { runWithCodeCache } from './codeCache';

/** The content hash of server-main.js, written in by scripts/build.mjs: it names the code cache made for that file. */
declare const SERVER_MAIN_HASH: string;

const USAGE = `Usage: invite-lint-ls --stdio

The invite-lint language server. Editors start it with --stdio (or --node-ipc, --socket=PORT, --pipe=NAME)
and speak the Language Server Protocol to it; it lints *.invite.md drafts and pushes diagnostics.`;
const TRANSPORTS = /^--(?:stdio|node-ipc|socket=|pipe=|clientProcessId)/;
const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h') || !args.some((arg) => TRANSPORTS.test(arg))) {
  const asked = args.includes('--help') || args.includes('-h');
  (asked ? process.stdout : process.stderr).write(`${asked ? '' : 'invite-lint-ls: no transport given.\n\n'}${USAGE}\n`);
  process.exit(asked ? 0 : 2);
}

// The server itself (serverMain.ts) is bundled into server-main.js beside this file and run from V8's code cache; the
// cache is saved once the first diagnostics are out, when what a start compiles has been compiled. What the first
// diagnostics do not need is in server-on-demand.js, which server-main.js requires on first use.
const mainFile = join(__dirname, 'server-main.js');
for (const file of [mainFile, join(__dirname, 'server-on-demand.js')]) {
  if (existsSync(file)) continue;
  process.stderr.write(`invite-lint-ls: ${file} is missing. The server is three files, server.js, server-main.js and server-on-demand.js, side by side: reinstall invite-lint.\n`);
  process.exit(1);
}
const main = runWithCodeCache(mainFile, SERVER_MAIN_HASH, require);
void (main.exports.firstPublished as Promise<void>).then(() => setImmediate(() => main.saveCache()));
