// `node scripts/screenshots.mjs [OUT_DIR]`: the README's pictures, taken of examples/ as `npm start` shows it (the packaged
// extension installed into a fresh code-server), driven with the keyboard and mouse by Chromium. The workbench opens a
// copy of examples/ (the editor saves what is typed into its drafts), so examples/ itself is never changed.
// Into docs/images (the default) go the README's four; into an OUT_DIR given, also a draft being typed and the
// shared-context fix with its slots typed into (for comparing builds).
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { installExtension, startCodeServer } from './code-server.mjs';
import { ensureChromium } from './editor-kit.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = resolve(process.argv[2] ?? join(root, 'docs', 'images'));
const wanted = process.argv[2] ? undefined : new Set(['workbench', 'quick-fix-menu', 'template-completion', 'new-invite']);
const WAIT = { timeout: 30_000 };

execFileSync('npm', ['run', '--silent', 'package'], { cwd: root, stdio: 'inherit' });
mkdirSync(out, { recursive: true });
const stateDir = mkdtempSync(join(tmpdir(), 'invite-lint-shots-'));
const examples = join(stateDir, 'examples');
cpSync(join(root, 'examples'), examples, { recursive: true });
await installExtension(stateDir, join(root, 'invite-lint.vsix'));
const server = await startCodeServer({ stateDir, settings: {
    // The pictures show the drafts: no empty secondary side bar, no minimap, no offer to open the repository around examples/.
    'workbench.secondarySideBar.defaultVisibility': 'hidden',
    'editor.minimap.enabled': false,
    'git.openRepositoryInParentFolders': 'never',
  }, });
const browser = await chromium.launch({
  executablePath: ensureChromium(),
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 860 }, deviceScaleFactor: 2 });
  await page.goto(`${server.url}?folder=${encodeURIComponent(examples)}`);
  await page.waitForSelector('.explorer-folders-view .monaco-list-row', WAIT);

  const key = (keys) => page.keyboard.press(keys);
  /** Opens a draft from the Explorer and waits until the extension has linted it (a squiggle, or its code lens). */
  async function open(file) {
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: file }).first().click();
    await page.waitForSelector(`.tab.active[aria-label*="${file}"]`, WAIT);
    await page.waitForSelector('.monaco-editor .codelens-decoration', WAIT);
    // Keys go to the editor, not the Explorer (where Ctrl+A, Delete would delete the files).
    await page.locator('.part.editor .monaco-editor .view-lines').first().click();
  }
  /** Ctrl+. and the menu: asked again (as a user would press it again) when the first press came before the actions. */
  async function quickFixMenu() {
    for (let attempt = 0; attempt < 3; attempt++) {
      await key('Control+.');
      const shown = await page.waitForSelector('.action-widget .monaco-list-row', { timeout: 5_000 }).then(() => true, () => false);
      if (shown) return;
    }
    throw new Error('the quick-fix menu did not open');
  }
  /** The code lens follows edits a moment after the squiggles: wait until it counts what the status bar counts. */
  const lensCurrent = () =>
    page.waitForFunction(() => {
      const count = (text) => /(\d+)\/200/.exec(text ?? '')?.[1];
      const lens = count(document.querySelector('.part.editor .codelens-decoration')?.textContent);
      const status = [...document.querySelectorAll('.statusbar-item')].map((item) => count(item.textContent)).find(Boolean);
      return lens !== undefined && lens === status;
    }, null, WAIT);
  async function goTo(line, column) {
    await key('Control+G');
    await page.keyboard.type(`${line}:${column}`);
    await key('Enter');
  }
  /** Widgets fade in: wait until the ones on screen are fully drawn. */
  const settled = () =>
    page.waitForFunction(() => [...document.querySelectorAll('.monaco-hover, .quick-input-widget, .action-widget, .suggest-widget')].every((node) => getComputedStyle(node).opacity === '1'), null, WAIT);
  /** A screenshot of the part of the window that shows the point: the box around `selectors`, with a margin. */
  async function shot(name, selectors, margin = 24) {
    if (wanted && !wanted.has(name)) return;
    await settled();
    // Layout settles a frame after the widgets do (the completion details size themselves to their text).
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    const boxes = [];
    for (const selector of selectors) {
      const box = await page.locator(selector).first().boundingBox();
      if (box) boxes.push(box);
    }
    const left = Math.max(0, Math.min(...boxes.map((b) => b.x)) - margin);
    const top = Math.max(0, Math.min(...boxes.map((b) => b.y)) - margin);
    const right = Math.min(1280, Math.max(...boxes.map((b) => b.x + b.width)) + margin);
    const bottom = Math.min(860, Math.max(...boxes.map((b) => b.y + b.height)) + margin);
    await page.screenshot({ path: join(out, `${name}.png`), clip: { x: left, y: top, width: right - left, height: bottom - top } });
    console.log(`${name}.png`);
  }

  // The workbench: the stock line's error, its hover and the Problems panel.
  await open('stock-line.invite.md');
  await key('Control+Shift+M');
  await page.waitForSelector('.markers-panel .monaco-list-row', WAIT);
  const squiggle = await page.locator('.monaco-editor .squiggly-error').first().boundingBox();
  await page.mouse.move(squiggle.x + squiggle.width / 3, squiggle.y + squiggle.height / 2);
  await page.waitForSelector('.monaco-hover-content', WAIT);
  await shot('workbench', ['.monaco-workbench'], 0);

  // The quick-fix menu on the stock line.
  await key('Escape');
  await goTo(8, 10);
  await quickFixMenu();
  await shot('quick-fix-menu', ['.action-widget', '.monaco-editor .squiggly-error'], 40);
  await key('Escape');

  // Template completion in an emptied draft (not saved): Ctrl+Space, and again for the details.
  await open('met-at-event.invite.md');
  await key('Control+A');
  await key('Delete');
  await key('Control+Space');
  await page.waitForSelector('.suggest-widget .monaco-list-row', WAIT);
  if (!(await page.locator('.suggest-details').isVisible())) await key('Control+Space');
  await page.waitForSelector('.suggest-details', WAIT);
  await shot('template-completion', ['.part.editor .title', '.suggest-widget', '.suggest-details']);
  await key('Escape');

  // A draft being typed: what it says is flagged at once, what it lacks waits for a pause.
  await open('over-the-limit.invite.md');
  await key('Control+A');
  await key('Delete');
  await page.keyboard.type('Hi Lan,\n\nI came across your profile', { delay: 20 });
  await page.waitForSelector('.monaco-editor .squiggly-warning', WAIT);
  await lensCurrent();
  await shot('typing', ['.part.editor .title', '.part.editor .monaco-editor .squiggly-warning'], 60);

  // The shared-context fix on a draft that lacks context, its slots typed into: the event, then (Tab) when.
  await key('Control+A');
  await page.keyboard.type("Hi Lan,\n\nI'd love to connect.");
  // What it lacks shows once the writer pauses.
  await page.waitForSelector('.monaco-editor .squiggly-warning', WAIT);
  await goTo(3, 3);
  await quickFixMenu();
  // The row under the mouse is the one Enter applies.
  await page.locator('.action-widget .monaco-list-row', { hasText: 'Insert a shared-context sentence' }).first().hover();
  await page.waitForSelector('.action-widget .monaco-list-row.focused >> text=Insert a shared-context sentence', WAIT);
  await key('Enter');
  await page.waitForSelector('.monaco-editor .view-line >> text=/\\[event\\]/', WAIT);
  await page.keyboard.type('the Berlin Rust meetup');
  await key('Tab');
  await page.keyboard.type('last week');
  await key('Escape');
  await page.waitForSelector('.monaco-editor .view-line >> text=/Berlin.Rust.meetup.last.week/', WAIT);
  await lensCurrent();
  await shot('shared-context-fix', ['.part.editor .title', '.part.editor .monaco-editor .current-line'], 60);

  // New invite: the scenario picker, the mouse out of the way (its tooltip would cover a row).
  await page.mouse.move(1, 430);
  await key('Control+Shift+P');
  await page.keyboard.type('Invite Lint: New invite');
  await page.waitForSelector('.quick-input-widget .monaco-list-row', WAIT);
  await key('Enter');
  await page.waitForSelector('.quick-input-widget .monaco-list-row >> text=/event/i', WAIT);
  await shot('new-invite', ['.quick-input-widget']);
  await key('Escape');
} catch (error) {
  await browser.contexts()[0]?.pages()[0]?.screenshot({ path: join(out, 'failed.png') });
  throw error;
} finally {
  await browser.close();
  await server.stop();
  rmSync(stateDir, { recursive: true, force: true });
}
