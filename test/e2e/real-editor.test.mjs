// Runs the extension's end-to-end suite (test/e2e/suite) inside a real VS Code workbench: code-server with
// its Node extension host, driven by Debian's Chromium. Installs both on first run. Never skips: if the
// editor cannot start, this test fails and says why.
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { ensureChromium } from '../../scripts/editor-kit.mjs';
import { startCodeServer } from '../../scripts/code-server.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const suitePath = join(root, 'out', 'e2e-suite', 'index.js');
const screenshotPath = join(root, 'test-results', 'workbench.png');
/** A safety net for a hung workbench, not a wait: the suite itself waits on editor events. */
const SUITE_DEADLINE_MS = 5 * 60 * 1000;

const cleanups = [];
after(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

it('runs the end-to-end suite inside a real VS Code workbench (code-server + Chromium)', { timeout: 15 * 60 * 1000 }, async (t) => {
  const chromiumPath = ensureChromium();
  const stateDir = mkdtempSync(join(tmpdir(), 'invite-lint-e2e-'));
  cleanups.push(() => rmSync(stateDir, { recursive: true, force: true }));
  const workspace = join(stateDir, 'workspace');
  mkdirSync(workspace);
  cpSync(join(root, 'test', 'e2e', 'workspace'), workspace, { recursive: true });

  const screenshotTaken = join(stateDir, 'screenshot-taken');
  const server = await startCodeServer({ stateDir, testDriver: true, env: { INVITE_LINT_E2E_SCREENSHOT_DONE: screenshotTaken } });
  cleanups.push(server.stop);

  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  cleanups.push(() => browser.close());
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });

  const results = [];
  const consoleLines = [];
  page.on('console', (message) => {
    const text = message.text();
    consoleLines.push(text);
    if (text.includes('E2E screenshot-ready')) void takeScreenshot().then(() => writeFileSync(screenshotTaken, 'done'));
    const result = /E2E (ok|not ok) ([^\n]*?)(?:%c)?(?: :: ([^]*))?$/.exec(text.replace(/%c/g, ''));
    if (result) results.push({ ok: result[1] === 'ok', name: result[2].trim(), error: result[3] });
  });

  /** The suite asks for this while the extension still runs: at exit the language client clears its diagnostics. */
  async function takeScreenshot() {
    mkdirSync(join(root, 'test-results'), { recursive: true });
    await page.waitForSelector('.monaco-editor .squiggly-error', { timeout: 10_000 }).catch(() => undefined);
    await page.waitForSelector('.markers-panel .monaco-list-row', { timeout: 10_000 }).catch(() => undefined);
    await page.waitForSelector('.monaco-hover-content', { timeout: 5_000 }).catch(() => undefined);
    await page.screenshot({ path: screenshotPath }).catch(() => undefined);
  }

  let deadline;
  const exitCode = new Promise((resolve, reject) => {
    deadline = setTimeout(() => reject(new Error(`the suite did not finish within ${SUITE_DEADLINE_MS / 1000} s`)), SUITE_DEADLINE_MS);
    void page.exposeFunction('codeAutomationExit', (code) => resolve(code));
  });
  const remote = (path) => `vscode-remote://remote${path}`;
  const payload = JSON.stringify([
    ['extensionDevelopmentPath', remote(root.replace(/\/$/, ''))],
    ['extensionTestsPath', remote(suitePath)],
  ]);
  await page.goto(`${server.url}?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(payload)}`);
  let code;
  try {
    code = await exitCode;
  } catch (error) {
    await page.screenshot({ path: screenshotPath }).catch(() => undefined);
    throw new Error(`${error.message}. Browser console (last lines):\n${consoleLines.slice(-30).join('\n')}\ncode-server:\n${server.output().slice(-2000)}`);
  } finally {
    clearTimeout(deadline);
  }

  assert.ok(results.length > 0, `the suite reported no tests (exit code ${code}). Browser console:\n${consoleLines.slice(-40).join('\n')}`);
  for (const result of results) {
    await t.test(result.name, () => {
      if (!result.ok) throw new Error(result.error ?? 'failed');
    });
  }
  assert.equal(code, 0, `the suite exited with ${code}`);
});
