import { Zip, ZipDeflate } from 'fflate';

export type CompressionLevel = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;

// A fixed, zone-independent timestamp for zip entries: the same workbook content gives the same bytes.
const ZIP_ENTRY_TIME = new Date(1980, 0, 1, 0, 0, 0);

// Large sheets never exist as one string (a million rows would pass V8's string limit): rows are
// encoded and deflated in chunks of about this many UTF-16 units.
const FLUSH_CHARS = 1 << 18;

export class PartWriter {
  private buffer = '';
  constructor(private readonly file: ZipDeflate) {}

  write(text: string): void {
    this.buffer += text;
    if (this.buffer.length >= FLUSH_CHARS) this.flush(false);
  }

  end(text = ''): void {
    this.buffer += text;
    this.flush(true);
  }

  private flush(final: boolean): void {
    this.file.push(encoder.encode(this.buffer), final);
    this.buffer = '';
  }
}

const encoder = new TextEncoder();

export class ZipCollector {
  private readonly chunks: Uint8Array[] = [];
  private readonly zip = new Zip((error, chunk) => {
    if (error) throw error;
    this.chunks.push(chunk);
  });
  constructor(private readonly level: CompressionLevel) {}

  part(path: string): PartWriter {
    const file = new ZipDeflate(path, { level: this.level });
    file.mtime = ZIP_ENTRY_TIME;
    this.zip.add(file);
    return new PartWriter(file);
  }

  finish(): Uint8Array {
    this.zip.end();
    const bytes = new Uint8Array(this.chunks.reduce((total, chunk) => total + chunk.length, 0));
    let offset = 0;
    for (const chunk of this.chunks) {
      bytes.set(chunk, offset);
      offset += chunk.length;
    }
    return bytes;
  }
}
