// The end-to-end suite. It runs inside the extension host of a real VS Code (code-server here, desktop VS Code
// via @vscode/test-electron) and reports each test on the console as `E2E ok NAME` / `E2E not ok NAME :: ERROR`.
// Each module registers its tests on import, in this order; `finale` stays last.
import './core';
import './drafting';
import './config';
import './accuracy';
import './workbench';
import './polish';
import './review';
import './polish3';
import './finale';
import { tests, withinDeadline } from './support';

export async function run(): Promise<void> {
  let failed = 0;
  for (const { name, run: body } of tests) {
    try {
      await withinDeadline(name, body);
      console.log(`E2E ok ${name}`);
    } catch (error) {
      failed++;
      console.log(`E2E not ok ${name} :: ${(error as Error).stack ?? error}`);
    }
  }
  console.log(`E2E ${tests.length - failed} passed, ${failed} failed`);
  if (failed > 0) throw new Error(`${failed} of ${tests.length} end-to-end tests failed`);
}
