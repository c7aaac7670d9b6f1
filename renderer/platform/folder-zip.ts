import { zipSync, type Zippable } from 'fflate';
import * as v from 'valibot';
import { relativePathSchema } from '../../shared/ipc';
import type { FolderFile } from './platform';
import { CodedError } from '../../shared/errors';

/**
 * A folder as one zip whose entries sit under a top-level folder of the suggested name, so unzipping it
 * gives the same folder Electron would have written. Paths are checked with the same schema Electron main
 * applies, so no entry can escape the folder when unzipped.
 */
export function zipFolder(folderName: string, files: readonly FolderFile[]): Uint8Array<ArrayBuffer> {
  const entries: Zippable = {};
  for (const file of files) {
    const checked = v.safeParse(relativePathSchema, file.path);
    if (!checked.success) throw new CodedError('host.file.unsafePath', { path: file.path });
    const entryName = `${folderName}/${file.path}`;
    if (entryName in entries) throw new CodedError('host.file.duplicatePath', { path: file.path });
    entries[entryName] = file.bytes;
  }
  // fflate always allocates a plain ArrayBuffer; its typings predate the generic Uint8Array.
  return zipSync(entries, { level: 6, mtime: new Date() }) as Uint8Array<ArrayBuffer>;
}
