// Test folders on disk: a fresh temporary folder holding some files, for the CLI and the server to walk.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** Writes `content` to `name` (a path relative to `folder`), making its folders; returns the file's path. */
export function writeInto(folder: string, name: string, content: string | Buffer): string {
  const path = join(folder, name);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
  return path;
}

/** A new temporary folder `invite-lint-PREFIX-…` holding `files`; with `git`, also an empty `.git` (a repository root). */
export function folderWith(prefix: string, files: Record<string, string | Buffer>, { git = false } = {}): string {
  const folder = mkdtempSync(join(tmpdir(), `invite-lint-${prefix}-`));
  if (git) mkdirSync(join(folder, '.git'));
  for (const [name, content] of Object.entries(files)) writeInto(folder, name, content);
  return folder;
}
