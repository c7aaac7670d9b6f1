import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ImportError, parseImport } from '../../../shared/import';
import { IMPORT_TIME, csvText, utf8, workbookBytes } from './builders';
import { mulberry32 } from '../../../shared/random';

// Hostile and broken input must end in a result or a typed ImportError; any other exception is a bug.

type Outcome = 'result' | ImportError['problem'];

function outcome(bytes: Uint8Array, name: string): Outcome {
  try {
    parseImport(bytes, name, { importTime: IMPORT_TIME });
    return 'result';
  } catch (error) {
    if (error instanceof ImportError) return error.problem;
    throw error;
  }
}

const ROWS = [
  ['XX网信办网络舆情日报 2020年2月3日'],
  ['序号', '帖子ID', '标题', '内容', '链接', '发布时间', '转发数'],
  [1, '4471234567890123456', '标题一', '内容\n两行', 'https://weibo.com/1/a', '2020-02-03 14:05', '1.2万'],
  [2, '007', '标题二', '内容二', 'https://weibo.com/1/b', '2月3日 14:05', '10万+'],
  ['合计'],
];

const SEEDS: Record<string, Uint8Array> = {
  'a.xlsx': workbookBytes([{ rows: ROWS, merges: ['A1:G1'] }]),
  'a.xls': workbookBytes([{ rows: ROWS }], 'biff8'),
  'a.csv': utf8(csvText(ROWS.map((row) => row.map((cell) => (cell === undefined ? null : cell))))),
  'a.json': utf8(
    JSON.stringify([
      { mid: '1', text: '内容' },
      { mid: '2', text: '内容二' },
    ]),
  ),
};

function truncate(bytes: Uint8Array, random: () => number): Uint8Array {
  return bytes.slice(0, Math.floor(random() * bytes.length));
}

function flipBytes(bytes: Uint8Array, random: () => number): Uint8Array {
  const copy = bytes.slice();
  const flips = 1 + Math.floor(random() * 20);
  for (let flip = 0; flip < flips; flip++) copy[Math.floor(random() * copy.length)] = Math.floor(random() * 256);
  return copy;
}

function randomBytes(random: () => number): Uint8Array {
  const bytes = new Uint8Array(1 + Math.floor(random() * 4096));
  for (let index = 0; index < bytes.length; index++) bytes[index] = Math.floor(random() * 256);
  return bytes;
}

/** Rewrites every declared uncompressed size in the zip's directory, as a bomb would. */
function withDeclaredSize(zip: Uint8Array, size: number): Uint8Array {
  const copy = zip.slice();
  const view = new DataView(copy.buffer);
  for (let offset = 0; offset + 46 <= copy.length; offset++) {
    if (view.getUint32(offset, true) === 0x02014b50) view.setUint32(offset + 24, size, true);
    else if (view.getUint32(offset, true) === 0x04034b50) view.setUint32(offset + 22, size, true);
  }
  return copy;
}

describe('fuzz: broken and hostile files end in a result or an ImportError', () => {
  it('survives seeded truncation, byte flips and random bytes under every name', () => {
    const random = mulberry32(20200203);
    const names = Object.keys(SEEDS);
    const outcomes = new Map<Outcome, number>();
    for (let round = 0; round < 60; round++) {
      for (const [name, bytes] of Object.entries(SEEDS)) {
        const mutated = [truncate(bytes, random), flipBytes(bytes, random), randomBytes(random)];
        for (const sample of mutated) {
          const wrongName = names[Math.floor(random() * names.length)] as string;
          for (const fileName of [name, wrongName]) {
            const result = outcome(sample, fileName);
            outcomes.set(result, (outcomes.get(result) ?? 0) + 1);
          }
        }
      }
    }
    // the mutations really exercised both paths
    expect(outcomes.get('result')).toBeGreaterThan(0);
    expect([...outcomes.keys()].filter((key) => key !== 'result').length).toBeGreaterThan(0);
  });

  it('refuses a zip whose directory declares a huge uncompressed size, before inflating', () => {
    const bomb = withDeclaredSize(SEEDS['a.xlsx'] as Uint8Array, 0xfff00000);
    expect(outcome(bomb, 'a.xlsx')).toBe('zipBomb');
  });

  it('refuses a highly compressed payload by its declared ratio', () => {
    // 24 MB of one byte deflates to a few kilobytes: a ratio no spreadsheet has
    const payload = zipSync({ 'xl/worksheets/sheet1.xml': new Uint8Array(24 * 1024 * 1024).fill(0x20) }, { level: 9 });
    expect(outcome(payload, 'a.xlsx')).toBe('zipBomb');
  });

  it('truncates huge cells with a warning instead of failing', () => {
    const huge = '舆'.repeat(200_000);
    const result = parseImport(
      utf8(
        csvText([
          ['标题', '内容'],
          ['甲', huge],
        ]),
      ),
      'a.csv',
      { importTime: IMPORT_TIME },
    );
    expect(result.items[0]?.record.content?.length).toBe(32_767);
    expect(result.warnings).toEqual([{ sheet: null, row: 2, field: 'content', reason: expect.stringContaining('截断') }]);
  });

  it('handles a million empty rows, and refuses more rows than the limit', () => {
    const text = `标题\n甲\n${'\n'.repeat(1_000_000)}乙\n${',,,\n'.repeat(1000)}`;
    const result = parseImport(utf8(text), 'a.csv', { importTime: IMPORT_TIME });
    expect(result.accepted).toBe(2);
    expect(result.skippedRows).toBe(1_000_000);
    const many = utf8(csvText([['标题'], ...Array.from({ length: 50 }, (_, index) => [`第${index}条`])]));
    expect(() => parseImport(many, 'a.csv', { limits: { maxRows: 10 } })).toThrow(expect.objectContaining({ problem: 'tooManyRows' }));
  });

  it('refuses files over the byte limit, empty files and binary files', () => {
    expect(outcome(new Uint8Array(0), 'a.csv')).toBe('notATable');
    expect(outcome(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x00, 0x00, 0x01, 0x02]), 'a.xlsx')).toBe('notATable');
    expect(() => parseImport(utf8('标题\n甲\n'), 'a.csv', { limits: { maxBytes: 4 } })).toThrow(
      expect.objectContaining({ problem: 'tooLarge' }),
    );
  });

  it('stops when the worker asks to cancel', () => {
    const many = utf8(csvText([['标题'], ...Array.from({ length: 5000 }, (_, index) => [`第${index}条`])]));
    const progress: number[] = [];
    let calls = 0;
    expect(() =>
      parseImport(many, 'a.csv', {
        onProgress: (done) => progress.push(done),
        shouldCancel: () => ++calls > 2,
      }),
    ).toThrow(expect.objectContaining({ problem: 'cancelled' }));
    expect(progress.length).toBeGreaterThan(0);
  });
});
