// What the CLI's PATH arguments name, and reading it safely: every path that cannot be linted becomes a one-line
// problem for that path instead of an exception, so the other paths are still linted.
import { isUtf8 } from 'node:buffer';
import { closeSync, constants, fstatSync, openSync, readSync, readdirSync, readlinkSync, realpathSync, statSync, type Dirent, type Stats } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import picomatch from 'picomatch/posix';

/** Per-draft limit. Invites are a few hundred bytes; this only stops runaway input (`yes |`, /dev/zero, a log file). */
export const MAX_MEGABYTES = 10;
const MAX_BYTES = MAX_MEGABYTES * 1024 * 1024;
const CHUNK_BYTES = 64 * 1024;
const SKIPPED_FOLDERS = new Set(['node_modules', '.git']);
const DRAFT_SUFFIX = '.invite.md';
/**
 * The order of `a.localeCompare(b)`, from one collator instead of one lookup per comparison; made on the first walk, as
 * a collator loads ICU's collation data (2.9 MB of memory), which a language server with no folder open never needs.
 */
let byName: Intl.Collator | undefined;

/** Something wrong with one input that the user can fix; reported as `invite-lint: PATH: message`. */
export class InputError extends Error {}

/** A draft to read, a path that cannot be linted and why, or a named file that an ignore pattern skips. */
export type Input = { file: string; read: () => Promise<string> } | { file: string; problem: string } | { file: string; ignored: string };

/** Says why a path is ignored (`.gitignore`, the config's `ignores`), or undefined. */
export type IgnoreCheck = (path: string, folder: boolean) => string | undefined;

/**
 * The inputs one PATH argument names: standard input, a file, the drafts under a folder, or the files a quoted glob
 * matches. Folders and globs skip what `ignored` names; a file named outright is reported as ignored, not linted.
 */
export function* inputsFor(path: string, isIgnored: IgnoreCheck = () => undefined): Generator<Input> {
  let skipped = 0;
  const ignored: IgnoreCheck = (file, folder) => {
    const reason = isIgnored(file, folder);
    if (reason) skipped++;
    return reason;
  };
  const andIgnored = () => (skipped > 0 ? ` (${skipped} ignored path${skipped === 1 ? '' : 's'} skipped)` : '');
  if (path === '-') {
    yield { file: '<stdin>', read: async () => decode(await readLimited(process.stdin)) };
    return;
  }
  const target = statOrProblem(path);
  if (typeof target === 'string' && isGlob(path)) {
    yield* globInputs(path, ignored, andIgnored);
    return;
  }
  if (typeof target === 'string' || !target.isDirectory()) {
    const reason = typeof target === 'string' ? undefined : isIgnored(path, false);
    yield reason ? { file: path, ignored: reason } : fileInput(path, target);
    return;
  }
  let found = false;
  for (const input of walk(path, new Set(), (file, name) => name.endsWith(DRAFT_SUFFIX) && !ignored(file, false), ignored)) {
    found = true;
    yield input;
  }
  if (!found) yield { file: path, problem: `no *${DRAFT_SUFFIX} drafts found in this folder${andIgnored()}` };
}

function isGlob(path: string): boolean {
  return picomatch.scan(path).isGlob;
}

/**
 * A glob the shell did not expand (quoted, as CI scripts write them): only the folder before its first wildcard is
 * searched, never the tree above it. Paths are matched as written, relative to the current folder.
 */
function* globInputs(glob: string, ignored: IgnoreCheck, andIgnored: () => string): Generator<Input> {
  const { base } = picomatch.scan(glob);
  const isMatch = picomatch(glob.replace(/^\.\//, ''), { dot: false });
  const absolute = glob.startsWith('/');
  const shown = (path: string) => (absolute ? resolve(path) : relative('.', path).replace(/\\/g, '/'));
  const folder = base === '' ? '.' : base;
  if (typeof statOrProblem(folder) === 'string') {
    yield { file: glob, problem: `no files match this pattern (${folder} does not exist)` };
    return;
  }
  let found = false;
  for (const input of walk(folder, new Set(), (file) => isMatch(shown(file)) && !ignored(file, false), ignored)) {
    found = true;
    yield input;
  }
  if (!found) yield { file: glob, problem: `no files match this pattern${andIgnored()}` };
}

function* walk(folder: string, visited: Set<string>, accept: (path: string, name: string) => boolean, ignored: IgnoreCheck): Generator<Input> {
  let entries: Dirent[];
  try {
    // Symlinked folders are followed, so a link to an ancestor would loop forever: visit each real folder once.
    const real = realpathSync(folder);
    if (visited.has(real)) return;
    visited.add(real);
    entries = readdirSync(folder, { withFileTypes: true });
  } catch (error) {
    yield { file: folder, problem: describeFsError(error, folder) };
    return;
  }
  const order = (byName ??= new Intl.Collator());
  for (const entry of entries.sort((a, b) => order.compare(a.name, b.name))) {
    const path = join(folder, entry.name);
    // A symlinked draft or folder is linted like the real one, as a user who made the link would expect.
    const target = entry.isSymbolicLink() ? statOrProblem(path) : entry;
    if (typeof target !== 'string' && target.isDirectory()) {
      if (!SKIPPED_FOLDERS.has(entry.name) && !ignored(path, true)) yield* walk(path, visited, accept, ignored);
    } else if (accept(path, entry.name)) {
      yield fileInput(path, target);
    }
  }
}

function statOrProblem(path: string): Stats | string {
  try {
    return statSync(path);
  } catch (error) {
    return describeFsError(error, path);
  }
}

function fileInput(file: string, target: Stats | Dirent | string): Input {
  if (typeof target === 'string') return { file, problem: target };
  if (!target.isFile()) return { file, problem: notRegular(file, target) };
  return { file, read: async () => decode(readFileLimited(file)) };
}

/**
 * FIFOs, sockets and devices are refused rather than read: a FIFO without a writer blocks forever and a device
 * can be endless. Piping one into standard input (`- < PATH`) reads it, with the same size limit.
 */
function notRegular(file: string, target: Stats | Dirent): string {
  const kind = target.isFIFO() ? 'a FIFO' : target.isSocket() ? 'a socket' : target.isCharacterDevice() || target.isBlockDevice() ? 'a device' : 'a special file';
  return `${kind}, not a regular file; to lint what it delivers, redirect it: invite-lint - < ${file}`;
}

/** Synchronous: a regular file's reads do not wait, and ten thousand drafts would each cost promises and ticks. */
function readFileLimited(file: string): Buffer {
  // O_NONBLOCK: should the path have been replaced by a FIFO since it was listed, opening it must not wait for a writer.
  const fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) throw new InputError(notRegular(file, stats));
    const parts: Buffer[] = [];
    let size = 0;
    for (const chunk of chunksOf(fd, stats.size)) {
      size = withinLimit(size + chunk.length);
      parts.push(chunk);
    }
    return parts.length === 1 ? parts[0] : Buffer.concat(parts, size);
  } finally {
    closeSync(fd);
  }
}

/**
 * The file's chunks. The size fstat gave sizes the first read and a short read is most likely the end, which a
 * one-byte read confirms: a draft of a few hundred bytes costs no 64 KB buffers.
 */
function* chunksOf(fd: number, size: number): Generator<Buffer> {
  for (let bytes = Math.min(CHUNK_BYTES, size + 1); ; ) {
    const buffer = Buffer.allocUnsafe(bytes);
    const length = readSync(fd, buffer);
    if (length === 0) return;
    yield buffer.subarray(0, length);
    bytes = length < bytes ? 1 : CHUNK_BYTES;
  }
}

/** Stops after MAX_BYTES, so endless input is refused with a message instead of exhausting memory. */
async function readLimited(chunks: AsyncIterable<Buffer>): Promise<Buffer> {
  const parts: Buffer[] = [];
  let size = 0;
  for await (const chunk of chunks) {
    size = withinLimit(size + chunk.length);
    parts.push(chunk);
  }
  return Buffer.concat(parts, size);
}

function withinLimit(size: number): number {
  if (size > MAX_BYTES) throw new InputError(`larger than ${MAX_MEGABYTES} MB, the limit for a draft; not linted`);
  return size;
}

/** Invalid UTF-8 is refused: linted, it would be judged on replacement characters and reach LinkedIn garbled. */
function decode(bytes: Buffer): string {
  if (!isUtf8(bytes)) throw new InputError(`not valid UTF-8 (line ${firstInvalidLine(bytes)}); save it as UTF-8`);
  return bytes.toString('utf8');
}

function firstInvalidLine(bytes: Buffer): number {
  let start = 0;
  for (let line = 1; ; line++) {
    // A newline byte never occurs inside a multi-byte UTF-8 sequence, so each line can be checked alone.
    const end = bytes.indexOf(0x0a, start);
    if (end === -1 || !isUtf8(bytes.subarray(start, end))) return line;
    start = end + 1;
  }
}

export function describeFsError(error: unknown, path: string): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') {
    const target = linkTarget(path);
    return target === undefined ? 'no such file or folder' : `dangling symlink: its target ${target} does not exist`;
  }
  if (code === 'ENOTDIR') return 'no such file or folder (a part of the path is a file)';
  if (code === 'ELOOP') return 'symlink loop: too many levels of symbolic links';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return (error as Error).message;
}

function linkTarget(path: string): string | undefined {
  try {
    return readlinkSync(path);
  } catch {
    return undefined;
  }
}
