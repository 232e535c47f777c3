// `npm run test:desktop`: the same end-to-end suite in desktop VS Code, downloaded by @vscode/test-electron.
// Needs internet (and a display, or xvfb-run); on machines without, `npm test` runs the suite in code-server.
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runTests } from '@vscode/test-electron';

const root = fileURLToPath(new URL('../..', import.meta.url));
const workspace = mkdtempSync(join(tmpdir(), 'invite-lint-desktop-'));
cpSync(join(root, 'test', 'e2e', 'workspace'), workspace, { recursive: true });

try {
  await runTests({
    extensionDevelopmentPath: root,
    extensionTestsPath: join(root, 'out', 'e2e-suite', 'index.js'),
    launchArgs: [workspace, '--disable-extensions', '--skip-welcome', '--skip-release-notes'],
  });
} catch (error) {
  console.error(`The desktop VS Code suite failed: ${error.message ?? error}`);
  process.exit(1);
}
