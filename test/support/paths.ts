import { join } from 'node:path';

/** Tests run from out/test/<layer>/; this is the repository root whichever layer asks. */
export const repoRoot = join(__dirname, '..', '..', '..');
export const fixtureDir = join(repoRoot, 'test', 'fixtures');
