import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { runFuzz } from './harness';

/** A short, fixed-seed run of `npm run fuzz` (which runs for as long as asked, with any seed). */
describe('fuzzing, a short deterministic run', () => {
  const SEED = 20261122;

  it(`keeps every promise on 300 mutated drafts and 12 server sessions of random edits (seed ${SEED})`, async (t) => {
    const report = await runFuzz({ seed: SEED, iterations: 300, sessions: 12, seconds: 300 });
    const failures = report.failures.map((failure) => `${failure.part}: ${failure.kind} (${failure.reproduce}): ${failure.detail.slice(0, 600)}`);
    assert.deepEqual(failures, []);
    assert.equal(report.engine.drafts, 300);
    assert.equal(report.server.sessions, 12);
    assert.ok(report.engine.fixes > 1000 && report.server.compared > 20, `only ${report.engine.fixes} fixes and ${report.server.compared} publishes checked`);
    t.diagnostic(
      `engine: ${report.engine.drafts} drafts, ${report.engine.fixes} fixes checked (${report.engine.suppressions} suppressions); ` +
        `server: ${report.server.sessions} sessions, ${report.server.edits} edits sent, ${report.server.compared} publishes compared` +
        [...report.known].map(([name, count]) => `; known elsewhere: ${count} × ${name}`).join(''),
    );
  });
});
