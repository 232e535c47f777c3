// Bundles the extension client, the language server and the CLI to one file each (dist/), and the
// tests to out/test/ so `node --test` runs them without a TypeScript loader.
import { build } from 'esbuild';
import { chmodSync, readdirSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const production = process.argv.includes('--production');
const withTests = !process.argv.includes('--no-tests');
const shebang = { js: '#!/usr/bin/env node' };

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  absWorkingDir: root,
};

function testEntries(folder) {
  return readdirSync(join(root, folder), { recursive: true })
    .filter((file) => file.endsWith('.test.ts'))
    .map((file) => join(folder, file));
}

rmSync(join(root, 'dist'), { recursive: true, force: true });
const builds = [
  build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] }),
  build({ ...common, entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js', banner: shebang }),
  build({ ...common, entryPoints: ['server/src/cli.ts'], outfile: 'dist/cli.js', banner: shebang }),
];
if (withTests) {
  rmSync(join(root, 'out'), { recursive: true, force: true });
  const entryPoints = testEntries('test');
  builds.push(
    build({ ...common, sourcemap: true, minify: false, entryPoints, outdir: 'out/test', outbase: 'test', external: ['vscode'] }),
    build({ ...common, sourcemap: true, minify: false, entryPoints: ['test/e2e/suite/index.ts'], outfile: 'out/e2e-suite/index.js', external: ['vscode'] }),
    build({ ...common, entryPoints: ['bench/run.ts'], outfile: 'out/bench/run.js' }),
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
  process.exit(1);
}
// esbuild writes files 0644; the package's bins (`npx invite-lint`, `npx invite-lint-ls`) must be executable.
for (const bin of ['dist/cli.js', 'dist/server.js']) chmodSync(join(root, bin), 0o755);
console.log(`built ${builds.length} bundles into ${relative(process.cwd(), join(root, 'dist')) || 'dist'}${withTests ? ' and out/test' : ''}`);
