// test/blind/labellers.tsv keeps both independent labels of every blind draft, so the agreement `npm run eval` prints
// between two careful people can be checked from the repository alone.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadCorpus, blindDir } from '../support/corpus';
import { agreement, blindIdsBySet, loadLabellers } from '../support/labellers';
import { join } from 'node:path';

describe('blind labellers file', () => {
  const rows = loadLabellers();
  const byId = new Map(rows.map((row) => [row.id, row]));

  it('has one row for every blind draft and none for anything else', () => {
    const ids = [...blindIdsBySet().values()].flatMap((set) => [...set]).sort();
    assert.deepEqual(rows.map((row) => row.id).sort(), ids);
  });

  it('settles every draft to one of the two labels where they agree', () => {
    for (const [set] of blindIdsBySet()) {
      for (const draft of loadCorpus(join(blindDir, set))) {
        const row = byId.get(draft.file.slice(0, -'.invite.md'.length))!;
        // Until a second reader has labelled it, the settled label is the writer's.
        if (!row.reader) {
          assert.deepEqual([...row.writer.rules].sort(), [...draft.expect].sort(), draft.file);
          continue;
        }
        const same = row.writer.bad === row.reader.bad && [...row.writer.rules].sort().join() === [...row.reader.rules].sort().join();
        if (same) assert.deepEqual([...row.writer.rules].sort(), [...draft.expect].sort(), draft.file);
      }
    }
  });

  it('scores two identical labellers as agreeing fully', () => {
    const label = { bad: true, rules: new Set(['no-reason']) };
    const result = agreement([{ id: 'x', writer: label, reader: label }]);
    assert.equal(result.identical, 1);
    assert.equal(result.readerRecallOfWriter, 1);
    assert.equal(result.goodCalledBad, 0);
  });
});
