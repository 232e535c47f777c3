// Bundles the extension client, the language server and the CLI to one file each (dist/), and the
// tests to out/test/ so `node --test` runs them without a TypeScript loader.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';

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
 * The language server in three files: server.js, the command, which checks its arguments and runs server-main.js from
 * V8's code cache (server/src/codeCache.ts), named by server-main.js's hash; server-main.js, the server as far as its
 * first diagnostics need; and server-on-demand.js, the rest (server/src/lsp/onDemand.ts: completion, hover, code
 * actions, the code lens, the workspace walk), which server-main.js requires on first use (server/src/lsp/loadOnDemand.ts),
 * so that a start neither parses nor compiles it. Every module lives in one of the two files, once: what
 * server-on-demand.js imports from a module of server-main.js it reads from that module's exports, which server-main.js
 * hands it as it loads it (`bridged` below). Outside the server (the CLI, tests) loadOnDemand.ts is an ordinary require.
 */
async function buildServer(outdir, options = {}) {
  const mainOut = `${outdir}/server-main.js`;
  const onDemandOut = `${outdir}/server-on-demand.js`;
  const metafile = async (result, out) => {
    const inputs = result.metafile.outputs[relative(root, join(root, out))].inputs;
    return new Set(Object.keys(inputs).filter((input) => inputs[input].bytesInOutput > 0 && !input.includes(':')).map((input) => join(root, input)));
  };
  // server-main.js's modules, then what server-on-demand.js takes from them, until neither changes: handing a module
  // over keeps all of its exports in server-main.js, which may bring in modules server-on-demand.js had held.
  let bridged = new Set();
  for (let round = 0; ; round++) {
    const main = await build({ ...common, ...options, entryPoints: ['server/src/serverMain.ts'], outfile: mainOut, metafile: true, plugins: [yamlApart, handsOver(bridged)] });
    const inMain = await metafile(main, mainOut);
    const used = new Set();
    const onDemand = await build({
      ...common,
      ...options,
      stdin: { contents: `module.exports = (modules) => { require(${JSON.stringify(BRIDGE)}).modules = modules; return require('./server/src/lsp/onDemand'); };`, resolveDir: root },
      outfile: onDemandOut,
      metafile: true,
      plugins: [yamlApart, takesFrom(inMain, used)],
    });
    const inOnDemand = await metafile(onDemand, onDemandOut);
    const twice = [...inOnDemand].filter((file) => inMain.has(file));
    if (twice.length === 0 && [...used].every((file) => bridged.has(file))) break;
    if (round === 4) throw new Error(`the server's two bundles do not settle: ${twice.map((file) => relative(root, file)).join(', ')} in both`);
    bridged = new Set([...bridged, ...used]);
  }
  for (const file of [mainOut, onDemandOut]) asciiOnly(join(root, file));
  const hash = createHash('sha256').update(readFileSync(join(root, mainOut))).digest('hex').slice(0, 16);
  await build({ ...common, ...options, entryPoints: ['server/src/server.ts'], outfile: `${outdir}/server.js`, banner: shebang, define: { SERVER_MAIN_HASH: JSON.stringify(hash) } });
}

/**
 * Writes a server bundle's non-ASCII characters as `\\u` escapes. esbuild escapes them in strings but leaves them in
 * regular expression literals and `String.raw` templates (the engine's patterns with ’, “ and —), and one such character
 * makes V8 hold the whole source as two bytes a character (0.9 MB for server-main.js instead of 0.45 MB), read and
 * compiled more slowly. In both places the escape means the same to the regular expression: every such template is one
 * of a list of RegExp sources (a template used as text would change, so the build stops at one outside a list).
 */
function asciiOnly(file) {
  const source = readFileSync(file, 'utf8');
  for (const match of source.matchAll(/String\.raw`[^`]*[^\x00-\x7f][^`]*`/g)) {
    if (!/^\s*[,\]]/.test(source.slice(match.index + match[0].length))) throw new Error(`${file}: a String.raw template with a non-ASCII character outside a list of RegExp sources: ${match[0].slice(0, 80)}`);
  }
  writeFileSync(file, source.replace(/[^\x00-\x7f]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`));
}

const BRIDGE = 'on-demand:bridge';

/** server-main.js: loadOnDemand.ts requires server-on-demand.js, handing it the exports of the modules it takes. */
function handsOver(bridged) {
  return {
    name: 'hands-over',
    setup(build) {
      build.onLoad({ filter: /[\\/]server[\\/]src[\\/]lsp[\\/]loadOnDemand\.ts$/ }, async (args) => {
        const files = [...bridged].sort();
        const source = readFileSync(args.path, 'utf8').replace("require('./onDemand')", `require('./server-on-demand.js')({ ${files.map((file, index) => `${JSON.stringify(relative(root, file))}: m${index}`).join(', ')} })`);
        return { contents: `${files.map((file, index) => `import * as m${index} from ${JSON.stringify(file)};`).join('\n')}\n${source}`, loader: 'ts', resolveDir: dirname(args.path) };
      });
      build.onResolve({ filter: /^\.\/server-on-demand\.js$/ }, () => ({ path: './server-on-demand.js', external: true }));
    },
  };
}

/** server-on-demand.js: a module that server-main.js holds is read from the exports it handed over (`used` collects them). */
function takesFrom(inMain, used) {
  return {
    name: 'takes-from',
    setup(build) {
      build.onResolve({ filter: new RegExp(`^${BRIDGE}$`) }, () => ({ path: BRIDGE, namespace: 'on-demand' }));
      build.onLoad({ filter: /.*/, namespace: 'on-demand' }, (args) =>
        args.path === BRIDGE
          ? { contents: 'module.exports = { modules: undefined };', loader: 'js' }
          : // Own getters, live like an import, and marked as an ES module's so that default imports read `default`.
            { contents: `const m = require(${JSON.stringify(BRIDGE)}).modules[${JSON.stringify(args.path)}]; module.exports = Object.defineProperties({}, { ...Object.getOwnPropertyDescriptors(m), __esModule: { value: true } });`, loader: 'js' },
      );
      build.onResolve({ filter: /.*/ }, async (args) => {
        if (args.pluginData === 'inner' || args.namespace === 'on-demand' || args.kind === 'entry-point') return undefined;
        const resolved = await build.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, importer: args.importer, pluginData: 'inner' });
        if (resolved.errors.length > 0 || resolved.external || !inMain.has(resolved.path)) return undefined;
        used.add(resolved.path);
        return { path: relative(root, resolved.path), namespace: 'on-demand' };
      });
    },
  };
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
