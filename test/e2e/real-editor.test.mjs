// Runs the extension's end-to-end suite (test/e2e/suite) inside a real VS Code workbench: code-server with
// its Node extension host, driven by Debian's Chromium. Installs both on first run. Never skips: if the
// editor cannot start, this test fails and says why.
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { ensureChromium } from '../../scripts/editor-kit.mjs';
import { startCodeServer } from '../../scripts/code-server.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const suitePath = join(root, 'out', 'e2e-suite', 'index.js');
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

  const screenshotMarkers = join(stateDir, 'screenshots');
  mkdirSync(screenshotMarkers);
  const server = await startCodeServer({ stateDir, testDriver: true, env: { INVITE_LINT_E2E_SCREENSHOTS: screenshotMarkers } });
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
    const screenshot = /E2E screenshot-ready ([\w-]+)/.exec(text);
    if (screenshot) void takeScreenshot(screenshot[1]).then(() => writeFileSync(join(screenshotMarkers, `${screenshot[1]}.done`), 'done'));
    const click = /E2E click ([\w-]+) (\{.*\})/.exec(text);
    // Written whole, then renamed: the suite reads the outcome as soon as the marker appears.
    if (click)
      void clickFor(JSON.parse(click[2])).then((outcome) => {
        writeFileSync(join(screenshotMarkers, `${click[1]}.tmp`), outcome);
        renameSync(join(screenshotMarkers, `${click[1]}.tmp`), join(screenshotMarkers, `${click[1]}.done`));
      });
    const measure = /E2E measure ([\w-]+) (\{.*\})/.exec(text);
    if (measure)
      void measureFor(JSON.parse(measure[2])).then((outcome) => {
        writeFileSync(join(screenshotMarkers, `${measure[1]}.tmp`), JSON.stringify(outcome));
        renameSync(join(screenshotMarkers, `${measure[1]}.tmp`), join(screenshotMarkers, `${measure[1]}.done`));
      });
    const result = /E2E (ok|not ok) ([^\n]*?)(?:%c)?(?: :: ([^]*))?$/.exec(text.replace(/%c/g, ''));
    if (result) results.push({ ok: result[1] === 'ok', name: result[2].trim(), error: result[3] });
  });

  /** What each screenshot waits to see rendered before it is taken. */
  const readyWhen = {
    workbench: ['.monaco-editor .squiggly-error', '.markers-panel .monaco-list-row', '.monaco-hover-content'],
    'new-invite': ['.quick-input-widget .monaco-list-row'],
    'copy-inmail': ['.quick-input-widget .monaco-list-row'],
    'quick-fix-menu': ['.action-widget .monaco-list-row'],
    'template-completion': ['.suggest-widget .monaco-list-row', '.suggest-details'],
    'typing-after-pause': ['.monaco-editor .squiggly-warning'],
    'drafts-view': ['.sidebar .monaco-list-row .label-description', '.monaco-editor .codelens-decoration'],
  };
  /** The suite asks for these while the extension still runs: at exit the language client clears its diagnostics. */
  async function takeScreenshot(name) {
    mkdirSync(join(root, 'test-results'), { recursive: true });
    for (const selector of readyWhen[name] ?? []) await page.waitForSelector(selector, { timeout: 10_000 }).catch(() => undefined);
    // Widgets fade in: wait until they are fully drawn, not half transparent.
    await page
      .waitForFunction(() => [...document.querySelectorAll('.quick-input-widget, .monaco-hover')].every((node) => getComputedStyle(node).opacity === '1'), null, { timeout: 5_000 })
      .catch(() => undefined);
    await page.screenshot({ path: join(root, 'test-results', `${name}.png`) }).catch(() => undefined);
  }

  /** Clicks as a user would, for the suite's `clicked`; says 'done' or why not. */
  async function clickFor({ selector, text, filter }) {
    mkdirSync(join(root, 'test-results'), { recursive: true });
    try {
      const filterBox = page.locator('.markers-panel-container .viewpane-filter input, .panel .viewpane-filter input').first();
      if (filter !== undefined) await filterBox.fill(filter, { timeout: 10_000 });
      await page.locator(selector, { hasText: text }).first().click({ timeout: 10_000 });
      if (filter !== undefined) await filterBox.fill('', { timeout: 10_000 });
      return 'done';
    } catch (error) {
      await page.screenshot({ path: join(root, 'test-results', 'click-failed.png') }).catch(() => undefined);
      return String(error.message ?? error).trim().split('\n')[0] || String(error);
    }
  }

  /**
   * What the user sees of an element, for the suite's `measured`: waits until the first element matching `selector` (and
   * holding `text`, when given) is on screen and laid out, then reports its text, its classes and whether its content
   * fits it.
   */
  async function measureFor({ selector, text }) {
    try {
      const element = page.locator(selector, text === undefined ? {} : { hasText: text }).first();
      await element.waitFor({ state: 'visible', timeout: 10_000 });
      // Widgets size themselves a frame or two after they appear.
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      return await element.evaluate((node) => ({ text: node.textContent, className: node.className, clientHeight: node.clientHeight, scrollHeight: node.scrollHeight }));
    } catch (error) {
      await page.screenshot({ path: join(root, 'test-results', 'measure-failed.png') }).catch(() => undefined);
      return { error: String(error.message ?? error).trim().split('\n')[0] };
    }
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
    await page.screenshot({ path: join(root, 'test-results', 'timeout.png') }).catch(() => undefined);
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
