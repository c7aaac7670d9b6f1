// File writes that never leave a half-written result where the analyst will look: a file is written
// under a temporary name and renamed; a folder of files is written under a hidden temporary folder and
// renamed as a whole at the end. Rename is atomic within one file system, and the temporary name sits
// beside the target, so it is on the same one.
import { randomBytes } from 'node:crypto';
import { mkdir, open, readFile, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { relativePathSchema } from '../../shared/ipc';
import * as v from 'valibot';
import { CodedError } from '../../shared/errors';

export const MAX_OPEN_FILE_BYTES = 512 * 1024 * 1024;

function randomSuffix(): string {
  return randomBytes(6).toString('hex');
}

/**
 * Resolves a relative path from the renderer inside root, or throws. The contract's schema has already
 * checked it, but this is the last line before the disk: check again with the platform's own path rules
 * (on Windows `a/../../x` or `C:x` mean something different than on POSIX).
 */
export function resolveInside(root: string, relativePath: string): string {
  if (!v.is(relativePathSchema, relativePath)) {
    throw new CodedError('host.file.unsafePath', { path: relativePath });
  }
  const absoluteRoot = resolve(root);
  const target = resolve(absoluteRoot, relativePath);
  if (!target.startsWith(absoluteRoot + sep)) {
    throw new CodedError('host.file.outsideFolder', { path: relativePath });
  }
  return target;
}

/** Writes and flushes to disk before the rename, so a power cut leaves the old file or the new one. */
async function writeDurably(path: string, bytes: Uint8Array): Promise<void> {
  const handle = await open(path, 'wx');
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

export async function writeFileAtomic(path: string, bytes: Uint8Array): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.partial-${randomSuffix()}`);
  try {
    await writeDurably(temporary, bytes);
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

export interface FolderFile {
  path: string;
  bytes: Uint8Array;
}

/**
 * Writes every file under `.<name>.partial-<random>` inside parent, then renames that folder to name.
 * A pack is never visible half-written; if anything fails the temporary folder is removed. An existing
 * folder of the same name is not overwritten: the new one gets a numbered name beside it.
 */
export async function writeFolderAtomic(parent: string, name: string, files: readonly FolderFile[]): Promise<string> {
  const finalPath = resolveInside(parent, name);
  // Validate every path before the first byte is written, so a refused pack leaves nothing behind.
  const temporary = join(resolve(parent), `.${name}.partial-${randomSuffix()}`);
  const targets = files.map((file) => ({ target: resolveInside(temporary, file.path), bytes: file.bytes }));
  const seen = new Set<string>();
  for (const { target } of targets) {
    if (seen.has(target)) throw new CodedError('host.file.duplicatePath', { path: target.slice(temporary.length + 1) });
    seen.add(target);
  }
  await mkdir(temporary);
  try {
    for (const { target, bytes } of targets) {
      await mkdir(dirname(target), { recursive: true });
      await writeDurably(target, bytes);
    }
    const destination = await freeName(finalPath, { isFolder: true });
    await rename(temporary, destination);
    return destination;
  } catch (error) {
    await rm(temporary, { recursive: true, force: true });
    throw error;
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * `name`, or `name (2)`, `name (3)` … — the first that does not exist yet. A file's extension stays last;
 * a folder has none (`简报包 2020.02.03` is not an extension).
 */
export async function freeName(path: string, options: { isFolder?: boolean } = {}): Promise<string> {
  if (!(await exists(path))) return path;
  const folder = dirname(path);
  const file = basename(path);
  const dot = options.isFolder ? -1 : file.lastIndexOf('.');
  const stem = dot > 0 ? file.slice(0, dot) : file;
  const extension = dot > 0 ? file.slice(dot) : '';
  for (let n = 2; ; n += 1) {
    const candidate = join(folder, `${stem} (${n})${extension}`);
    if (!(await exists(candidate))) return candidate;
  }
}

/** Reads the chosen files, refusing any larger than the cap before reading a byte of it. */
export async function readFilesCapped(
  paths: readonly string[],
  maxBytes = MAX_OPEN_FILE_BYTES,
): Promise<{ name: string; bytes: Uint8Array }[]> {
  const result: { name: string; bytes: Uint8Array }[] = [];
  for (const path of paths) {
    const info = await stat(path);
    if (!info.isFile()) throw new CodedError('host.file.notAFile', { name: basename(path) });
    if (info.size > maxBytes) {
      throw new CodedError('host.file.tooLarge', {
        name: basename(path),
        sizeMb: Math.ceil(info.size / 1024 / 1024),
        limitMb: Math.floor(maxBytes / 1024 / 1024),
      });
    }
    const buffer = await readFile(path);
    result.push({ name: basename(path), bytes: new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength) });
  }
  return result;
}
