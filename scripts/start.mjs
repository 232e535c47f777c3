// `npm start`: builds the extension and opens examples/ in an editor with it live. Desktop VS Code when `code`
// is on the PATH; otherwise a local code-server on 127.0.0.1 (installed on first use) whose URL it prints.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort, installExtension, startCodeServer } from './code-server.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const examples = join(root, 'examples');
const preferredPort = Number(process.env.PORT ?? 8080);

function run(command, args) {
  execFileSync(command, args, { cwd: root, stdio: 'inherit' });
}

function hasDesktopCode() {
  const found = spawnSync('code', ['--version'], { encoding: 'utf8' });
  return found.status === 0 && !/code-server/i.test(found.stdout);
}

async function portOrFree(port) {
  const { createServer } = await import('node:net');
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(freePort()));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(port)));
  });
}

if (hasDesktopCode()) {
  run(process.execPath, ['scripts/build.mjs', '--no-tests']);
  console.log('Opening examples/ in VS Code with invite-lint loaded from this folder...');
  spawn('code', ['--new-window', `--extensionDevelopmentPath=${root}`, examples], { stdio: 'inherit', detached: true }).unref();
} else {
  console.log('No desktop VS Code on the PATH: starting the VS Code workbench (code-server) on 127.0.0.1.');
  run('npm', ['run', '--silent', 'package']);
  const stateDir = join(root, '.tools', 'start-state');
  mkdirSync(stateDir, { recursive: true });
  const port = await portOrFree(preferredPort);
  await installExtension(stateDir, join(root, 'invite-lint.vsix'));
  const server = await startCodeServer({ stateDir, port });
  const url = `${server.url}?folder=${encodeURIComponent(examples)}`;
  console.log(`\ninvite-lint is live in VS Code at:\n\n  ${url}\n\nOpen it in a browser on this machine. Press Ctrl+C to stop.`);
  const stop = async () => {
    await server.stop();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  server.child.once('exit', (code) => {
    console.error(`code-server stopped (exit code ${code}).`);
    process.exit(code ?? 1);
  });
}
