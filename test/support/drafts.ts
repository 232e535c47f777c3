import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './paths';

/** The folders of drafts a scanner is checked on: the corpora (never the blind test split), the fixtures, the examples. */
const DRAFT_FOLDERS = ['test/corpus', 'test/holdout', 'test/blind/train', 'test/blind/dev', 'test/fixtures', 'examples'];

/** Every draft in those folders, named by its path from the repository root. */
export function everyDraft(): { file: string; text: string }[] {
  return DRAFT_FOLDERS.flatMap((folder) => {
    const dir = join(repoRoot, folder);
    return readdirSync(dir, { recursive: true })
      .map(String)
      .filter((file) => file.endsWith('.invite.md'))
      .map((file) => ({ file: `${folder}/${file}`, text: readFileSync(join(dir, file), 'utf8') }));
  });
}
