// NDJSON rows as the backup stores them. A row must survive JSON exactly: a value JSON would change on
// the way (NaN becoming null, a Date becoming a string, a Map becoming {}) stops the backup instead of
// being written as something else.

import { BackupWriteError } from './errors';

const encoder = new TextEncoder();

function isPlainContainer(value: object): boolean {
  if (Array.isArray(value)) return true;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

function checkRepresentable(value: unknown, path: string): void {
  switch (typeof value) {
    case 'string':
    case 'boolean':
    case 'undefined':
      return;
    case 'number':
      if (!Number.isFinite(value)) throw new BackupWriteError('backup.unwritableNumber', { field: path, value: String(value) });
      return;
    case 'object': {
      if (value === null) return;
      if (!isPlainContainer(value)) {
        // Only a row's fields have a path: the row itself is named by its own reason.
        throw path === '' ? new BackupWriteError('backup.rowNotRecord') : new BackupWriteError('backup.notPlainData', { field: path });
      }
      if (Array.isArray(value)) {
        value.forEach((element: unknown, index) => {
          if (element === undefined) throw new BackupWriteError('backup.emptyElement', { field: `${path}[${index}]` });
          checkRepresentable(element, `${path}[${index}]`);
        });
        return;
      }
      for (const [key, field] of Object.entries(value)) checkRepresentable(field, path ? `${path}.${key}` : key);
      return;
    }
    default:
      throw new BackupWriteError('backup.unwritableType', { field: path, type: typeof value });
  }
}

/** One row as one NDJSON line, newline included. */
export function rowLine(row: unknown): string {
  if (typeof row !== 'object' || row === null || Array.isArray(row)) throw new BackupWriteError('backup.rowNotRecord');
  checkRepresentable(row, '');
  return `${JSON.stringify(row)}\n`;
}

export function encodeRows(rows: readonly unknown[]): Uint8Array<ArrayBuffer> {
  let text = '';
  for (const row of rows) text += rowLine(row);
  return encoder.encode(text) as Uint8Array<ArrayBuffer>;
}

/**
 * Splits NDJSON bytes, arriving in chunks, into lines. UTF-8 is decoded in streaming mode, so a character
 * cut between two chunks is joined again.
 */
export class LineSplitter {
  private readonly decoder = new TextDecoder('utf-8', { fatal: true });
  private rest = '';

  push(chunk: Uint8Array, final: boolean): string[] {
    const text = this.rest + this.decoder.decode(chunk, { stream: !final });
    const lines = text.split('\n');
    this.rest = lines.pop() ?? '';
    if (final && this.rest !== '') {
      lines.push(this.rest);
      this.rest = '';
    }
    return lines;
  }
}

/** A parsed line, or null when it is not one JSON object. */
export function parseRow(line: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(line);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}
