// The project config loader's view of the disk (node:fs), for the CLI and the language server alike.
import { readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import type { ConfigHost } from './engine/project';

/** Reads config files for the loader; a file that is missing or unreadable is simply no config file. */
export const nodeConfigHost: ConfigHost = {
  readFile(file) {
    try {
      // A config file is tiny; one that is huge or not a file is refused by the loader or read as nothing here.
      if (!statSync(file).isFile()) return undefined;
      return readFileSync(file, 'utf8');
    } catch {
      return undefined;
    }
  },
  exists(file) {
    try {
      statSync(file);
      return true;
    } catch {
      return false;
    }
  },
  path,
};

