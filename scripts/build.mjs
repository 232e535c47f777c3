// Bundles the extension client, the language server and the CLI to one file each (dist/), and the
// tests to out/test/ so `node --test` runs them without a TypeScript loader.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const production = process.argv.includes('--production');
const withTests = !process.argv.includes('--no-tests');
const shebang = { js: '#!/usr/bin/env node' };

const base = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  absWorkingDir: root,
};

/**
 * The built-in phrase lists' automata, built once here by loading the engine (`recordPhraseAutomata` in
 * server/src/engine/text/words.ts) and written into every bundle as PHRASE_AUTOMATA, so that no start builds them.
 */
async function compilePhraseAutomata() {
  const outfile = join(root, `.phrase-automata-${process.pid}.js`);
  try {
    await build({
      ...base,
      sourcemap: false,
      minify: false,
      stdin: {
        contents: "const done = require('./server/src/engine/text/words').recordPhraseAutomata(); require('./server/src/engine'); module.exports = done();",
        resolveDir: root,
        loader: 'ts',
      },
      outfile,
    });
    return createRequire(import.meta.url)(outfile);
  } finally {
    rmSync(outfile, { force: true });
  }
}

let common;
try {
  common = { ...base, define: { PHRASE_AUTOMATA: JSON.stringify(await compilePhraseAutomata()) } };
} catch {
  // esbuild has already printed what failed and where.
  process.exit(1);
}

/**
 * The YAML parser is most of the server's and the CLI's code, and only front matter beyond plain `key: value` lines
 * needs it: they load it from a file of its own next to them (yaml.js), on first need.
 */
const yamlApart = {
  name: 'yaml-apart',
  setup(build) {
    build.onResolve({ filter: /^yaml$/ }, () => ({ path: './yaml.js', external: true }));
  },
};
const yamlBundle = (outdir, options = {}) =>
  build({ ...common, ...options, stdin: { contents: "module.exports = require('yaml');", resolveDir: root }, outfile: `${outdir}/yaml.js` });

/**
 * The language server in two files: server-main.js, the server, and server.js, the command, which checks its
 * arguments and runs server-main.js from V8's code cache (server/src/codeCache.ts), named by server-main.js's hash.
 */
async function buildServer(outdir, options = {}) {
  await build({ ...common, ...options, entryPoints: ['server/src/serverMain.ts'], outfile: `${outdir}/server-main.js`, plugins: [yamlApart] });
  const hash = createHash('sha256').update(readFileSync(join(root, outdir, 'server-main.js'))).digest('hex').slice(0, 16);
  await build({ ...common, ...options, entryPoints: ['server/src/server.ts'], outfile: `${outdir}/server.js`, banner: shebang, define: { SERVER_MAIN_HASH: JSON.stringify(hash) } });
}

function testEntries(folder) {
  return readdirSync(join(root, folder), { recursive: true })
    .filter((file) => file.endsWith('.test.ts'))
    .map((file) => join(folder, file));
}

// dist/ is built in a folder of its own beside it (same depth, so source maps point the same way) and moved in file by
// file, a rename each: a build never leaves dist/ empty or half written under something already running from it, such
// as `npm start` and `npm test` side by side.
const staging = `.dist-build-${process.pid}`;
rmSync(join(root, staging), { recursive: true, force: true });
const builds = [
  build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: `${staging}/client.js`, external: ['vscode'] }),
  buildServer(staging),
  build({ ...common, entryPoints: ['server/src/cli.ts'], outfile: `${staging}/cli.js`, banner: shebang, plugins: [yamlApart] }),
  yamlBundle(staging),
];
if (withTests) {
  rmSync(join(root, 'out'), { recursive: true, force: true });
  const entryPoints = testEntries('test');
  builds.push(
    build({ ...common, sourcemap: true, minify: false, entryPoints, outdir: 'out/test', outbase: 'test', external: ['vscode'] }),
    build({ ...common, sourcemap: true, minify: false, entryPoints: ['test/e2e/suite/index.ts'], outfile: 'out/e2e-suite/index.js', external: ['vscode'] }),
    // write-good relies on sloppy-mode globals, which a strict bundle breaks: it is loaded from node_modules.
    build({ ...common, entryPoints: ['bench/run.ts'], outfile: 'out/bench/run.js', external: ['write-good'] }),
    // What the bench runs as child processes: the server and the CLI as they ship (minified, as `npm run package`
    // builds them), next to the baselines built the same way.
    buildServer('out/bench', { sourcemap: false, minify: true }),
    ...[
      ['server/src/cli.ts', 'cli'],
      ['bench/fixtures/minimal-server.ts', 'minimal-server'],
      ['bench/fixtures/floor-walk.ts', 'floor-walk'],
      ['bench/fixtures/max-rss.ts', 'max-rss'],
    ].map(([entry, name]) => build({ ...common, sourcemap: false, minify: true, entryPoints: [entry], outfile: `out/bench/${name}.js`, plugins: [yamlApart] })),
    yamlBundle('out/bench', { sourcemap: false, minify: true }),
    build({ ...common, entryPoints: ['test/eval/run.ts'], outfile: 'out/eval/run.js' }),
    build({ ...common, entryPoints: ['test/eval/train-language.ts'], outfile: 'out/eval/train-language.js' }),
    // The NLP comparison loads the candidate libraries and esbuild from node_modules at run time.
    build({ ...common, entryPoints: ['test/eval/nlp-compare.ts'], outfile: 'out/eval/nlp-compare.js', external: ['esbuild', 'compromise', 'wink-nlp', 'wink-eng-lite-web-model'] }),
    build({ ...common, entryPoints: ['test/fuzz/run.ts', 'test/fuzz/worker.ts'], outdir: 'out/fuzz' }),
  );
}
try {
  await Promise.all(builds);
} catch {
  // esbuild has already printed what failed and where.
  rmSync(join(root, staging), { recursive: true, force: true });
  process.exit(1);
}
// esbuild writes files 0644; the package's bins (`npx invite-lint`, `npx invite-lint-ls`) must be executable.
for (const bin of ['cli.js', 'server.js']) chmodSync(join(root, staging, bin), 0o755);
const built = new Set(readdirSync(join(root, staging)));
mkdirSync(join(root, 'dist'), { recursive: true });
for (const file of built) renameSync(join(root, staging, file), join(root, 'dist', file));
rmSync(join(root, staging), { recursive: true, force: true });
// What an earlier build wrote and this one no longer does goes.
for (const file of readdirSync(join(root, 'dist'))) if (!built.has(file)) rmSync(join(root, 'dist', file), { recursive: true, force: true });
console.log(`built ${builds.length} bundles into ${relative(process.cwd(), join(root, 'dist')) || 'dist'}${withTests ? ' and out/test' : ''}`);
