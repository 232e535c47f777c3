import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The repository root, found upwards from wherever the bundle that imports this was written (out/test/..., out/eval/...). */
function findRepoRoot(from: string): string {
  let dir = from;
  while (!existsSync(join(dir, 'package.json')) || !existsSync(join(dir, 'server', 'src'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`no repository root above ${from}`);
    dir = parent;
  }
  return dir;
}

export const repoRoot = findRepoRoot(__dirname);
export const fixtureDir = join(repoRoot, 'test', 'fixtures');
