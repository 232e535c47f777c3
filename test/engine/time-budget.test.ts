import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { DEFAULT_CONFIG, complete, hover, lint, summarizeMessage } from '../../server/src/engine';
import { ADVERSARIAL_SHAPES } from '../support/adversarial';

/**
 * Linear time on every input, checked as a ratio in one run: quadratic work shows as a ratio near 100, exponential
 * work never finishes, linear work stays near 10. Time is this process's CPU time, not the wall clock, since the
 * machine is shared: other processes stretch wall-clock time at random, not the CPU time the work itself takes.
 */
const SMALL = 24_000;
const FACTOR = 10;
const MAX_RATIO = 15;
/** Below this a measurement is mostly timer and garbage-collector noise, so the small size is timed as at least this. */
const NOISE_FLOOR_MS = 6;
const ATTEMPTS = 5;

/** Everything the editor runs on a draft: lint, the message summary, hover and completion at the end. */
function workOn(text: string): void {
  lint(text, DEFAULT_CONFIG);
  summarizeMessage(text, DEFAULT_CONFIG);
  hover(text, 5);
  complete(text, text.length);
}

/** A full collection before each timed run, so garbage left by the previous one is not charged to it. */
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

function fastest(runs: number, text: string): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    collectGarbage();
    const start = process.cpuUsage();
    workOn(text);
    const used = process.cpuUsage(start);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}

describe('time budget: adversarial drafts scale linearly', () => {
  const worst = { name: '', msPerMb: 0 };
  for (const shape of ADVERSARIAL_SHAPES) {
    it(`${shape.name}: 10x the size takes at most ${MAX_RATIO}x the time`, () => {
      const small = shape.build(SMALL);
      const large = shape.build(SMALL * FACTOR);
      // Warm up the code paths this shape takes at both sizes, so neither measurement includes compiling them.
      fastest(1, small);
      fastest(1, large);
      // A shared machine can stretch one measurement; quadratic work fails every attempt, linear work passes one.
      const attempts: string[] = [];
      for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
        const smallMs = Math.max(fastest(3, small), NOISE_FLOOR_MS);
        const largeMs = fastest(2, large);
        const msPerMb = (largeMs / large.length) * 1_000_000;
        if (msPerMb > worst.msPerMb) Object.assign(worst, { name: shape.name, msPerMb });
        if (largeMs <= MAX_RATIO * smallMs) return;
        attempts.push(`${smallMs.toFixed(1)} ms at ${small.length} characters, ${largeMs.toFixed(1)} ms at ${large.length}`);
      }
      assert.fail(`${shape.name}: ${attempts.join('; ')}`);
    });
  }
  it('reports the worst time per MB', (context) => {
    context.diagnostic(`worst case: ${worst.msPerMb.toFixed(0)} ms per MB (${worst.name})`);
    assert.ok(worst.name);
  });
});
