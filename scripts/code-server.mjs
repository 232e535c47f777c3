// Starts code-server (the VS Code workbench with a real Node extension host) on 127.0.0.1, for the
// real-editor tests and for `npm start` on machines without desktop VS Code.
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { ensureCodeServer } from './editor-kit.mjs';

const QUIET_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'update.mode': 'none',
  'chat.disableAIFeatures': true,
  'window.commandCenter': false,
};

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * @param {{ stateDir: string, port?: number, testDriver?: boolean, settings?: object, args?: string[], env?: object }} options
 * @returns {Promise<{ url: string, extensionsDir: string, child: import('node:child_process').ChildProcess, stop: () => Promise<void> }>}
 */
export async function startCodeServer({ stateDir, port, testDriver = false, settings = {}, args = [], env = {} }) {
  const { node, entry } = ensureCodeServer();
  const { userDataDir, extensionsDir, config } = prepareState(stateDir, settings);
  const listenPort = port ?? (await freePort());
  const child = spawn(
    node,
    [
      entry,
      '--bind-addr', `127.0.0.1:${listenPort}`,
      '--auth', 'none',
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--disable-getting-started-override',
      '--config', config,
      '--user-data-dir', userDataDir,
      '--extensions-dir', extensionsDir,
      ...(testDriver ? ['--vscode-option', 'enable-smoke-test-driver'] : []),
      ...args,
    ],
    { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } },
  );
  let output = '';
  const url = await new Promise((resolve, reject) => {
    const onData = (chunk) => {
      output += chunk;
      const listening = /HTTP server listening on (http:\/\/\S+)/.exec(output);
      if (listening) resolve(listening[1].endsWith('/') ? listening[1] : `${listening[1]}/`);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`code-server exited (code ${code}) before it listened:\n${output.slice(-2000)}`)));
  });
  const stop = () =>
    new Promise((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  return { url, extensionsDir, child, stop, output: () => output };
}

/** The folders and files one code-server instance keeps its state in, with quiet default settings. */
function prepareState(stateDir, settings = {}) {
  const userDataDir = join(stateDir, 'user-data');
  const extensionsDir = join(stateDir, 'extensions');
  mkdirSync(join(userDataDir, 'User'), { recursive: true });
  mkdirSync(extensionsDir, { recursive: true });
  writeFileSync(join(userDataDir, 'User', 'settings.json'), JSON.stringify({ ...QUIET_SETTINGS, ...settings }, null, 2));
  const config = join(stateDir, 'config.yaml');
  writeFileSync(config, 'auth: none\n');
  return { userDataDir, extensionsDir, config };
}

/** Installs a .vsix into the code-server's extensions folder (how `npm start` loads the extension). */
export function installExtension(stateDir, vsixPath) {
  const { node, entry } = ensureCodeServer();
  const { userDataDir, extensionsDir, config } = prepareState(stateDir);
  return new Promise((resolve, reject) => {
    const child = spawn(
      node,
      [entry, '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir, '--config', config, '--install-extension', vsixPath, '--force'],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`installing ${vsixPath} failed:\n${output}`))));
  });
}
