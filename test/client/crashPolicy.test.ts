import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CRASH_WINDOW_MS, CrashPolicy, MAX_UNEXPLAINED_RESTARTS } from '../../client/src/crashPolicy';

describe('CrashPolicy (what the VS Code client does when the language server dies)', () => {
  it('restarts after a first crash on a draft, and stops sending the draft after a second one within the window', () => {
    let now = 0;
    const policy = new CrashPolicy(() => now);
    assert.equal(policy.crashed('file:///a.invite.md'), 'restart');
    now += 1_000;
    assert.equal(policy.crashed('file:///b.invite.md'), 'restart', 'another draft has its own count');
    assert.equal(policy.crashed('file:///a.invite.md'), 'restart-without-suspect');
  });

  it('forgets a crash on a draft once the window has passed', () => {
    let now = 0;
    const policy = new CrashPolicy(() => now);
    policy.crashed('file:///a.invite.md');
    now += CRASH_WINDOW_MS + 1;
    assert.equal(policy.crashed('file:///a.invite.md'), 'restart');
  });

  it('gives up after repeated crashes that no draft explains, but not when they are spread out', () => {
    let now = 0;
    const policy = new CrashPolicy(() => now);
    for (let crash = 0; crash < MAX_UNEXPLAINED_RESTARTS; crash++) assert.equal(policy.crashed(undefined), 'restart');
    now += CRASH_WINDOW_MS + 1;
    assert.equal(policy.crashed(undefined), 'restart', 'older crashes no longer count');
    for (let crash = 1; crash < MAX_UNEXPLAINED_RESTARTS; crash++) policy.crashed(undefined);
    assert.equal(policy.crashed(undefined), 'give-up');
  });
});
