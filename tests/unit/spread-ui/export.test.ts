import { describe, expect, it } from 'vitest';
import { read, utils } from 'xlsx';
import { optionSvgBytes } from '../../../renderer/charts/export';
import { graphOption, timelineOption } from '../../../renderer/features/spread/chart-options';
import { edgeListXlsx, type EdgeTableLabels } from '../../../renderer/features/spread/edge-export';
import { layoutCascade } from '../../../renderer/features/spread/layout';
import { edgeRows, platformGrowth } from '../../../renderer/features/spread/views';
import { generateCascade } from '../../../shared/spread/generate';
import { buildCascades, type Cascade } from '../../../shared/spread/model';
import { cascadeOf, chartText as text } from './spread-fixtures';

// The graph and the timeline leave as SVG (PNG is the canvas' own picture, checked
// end to end), the edge list as xlsx beside the csv that views.test reads back.

const labels: EdgeTableLabels = {
  sheet: '传播关系',
  headers: {
    from: '上级条目',
    to: '条目',
    type: '关系类型',
    at: '时间',
    platform: '平台',
    account: '账号',
    level: '层级',
    orphan: '上级缺失',
  },
  typeName: (type) => (type === 'repost' ? '转发' : type),
  yes: '是',
  no: '',
};

function cascade(): Cascade {
  return cascadeOf(
    [
      ['a', null, '2026-10-04 10:00:00', '微博', '=HYPERLINK("http://x")'],
      ['b', 'a', '2026-10-04 11:00:00', '微博', '王小明'],
      ['c', 'gone', '2026-10-04 12:30:00', '抖音', '李四'],
    ],
    '2026-10-04 09:00:00',
  );
}

const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('graph and timeline as SVG', () => {
  it('draws the graph with its root label and platform legend into a standalone SVG', () => {
    const shown = cascade();
    const size = { width: 800, height: 600 };
    const svg = decode(optionSvgBytes(graphOption(shown, layoutCascade(shown), text, false, size).option, size, 'zh-CN'));
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('width="800"');
    expect(svg).toContain('原帖');
    // The legend names both platforms the cascade reached.
    expect(svg).toContain('微博');
    expect(svg).toContain('抖音');
  });

  it('draws every line of a large graph, whose points and lines go to ECharts as typed arrays', () => {
    const generated = generateCascade({ nodes: 2000, seed: 3 });
    const large = buildCascades(generated.records, { impliedRoot: true, rootId: generated.rootId, rootTime: generated.rootTime })
      .cascades[0] as Cascade;
    const size = { width: 900, height: 600 };
    const svg = decode(optionSvgBytes(graphOption(large, layoutCascade(large), text, false, size).option, size, 'zh-CN'));
    expect(svg).toContain('原帖');
    // Large mode draws all lines as one path: a move and a line per edge.
    const lines = svg.match(/<path d="(M[^"]*)"[^>]*stroke="#aab4bf"/)?.[1] ?? '';
    expect(lines.match(/M/g)).toHaveLength(1999);
  });

  it('draws the timeline with its axis name and one legend entry per platform', () => {
    const svg = decode(optionSvgBytes(timelineOption(platformGrowth(cascade()), text), { width: 900, height: 400 }, 'zh-CN'));
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('累计条数');
    expect(svg).toContain('微博');
    expect(svg).toContain('抖音');
  });
});

describe('edge list as xlsx', () => {
  it('has the header and one row per edge, levels as numbers, a formula-looking account kept as text', () => {
    const book = read(edgeListXlsx(edgeRows(cascade(), true), labels), { type: 'array' });
    expect(book.SheetNames).toEqual(['传播关系']);
    const sheet = book.Sheets['传播关系']!;
    const rows = utils.sheet_to_json<(string | number)[]>(sheet, { header: 1, defval: '' });
    expect(rows[0]).toEqual(['上级条目', '条目', '关系类型', '时间', '平台', '账号', '层级', '上级缺失']);
    expect(rows.slice(1).map((row) => [row[0], row[1], row[2], row[6], row[7]])).toEqual([
      ['R', 'a', '转发', 1, ''],
      ['R', 'c', '转发', 1, '是'],
      ['a', 'b', '转发', 2, ''],
    ]);
    const accountCell = Object.entries(sheet).find(([, cell]) => (cell as { v?: unknown }).v === '=HYPERLINK("http://x")');
    expect(accountCell).toBeDefined();
    expect((accountCell![1] as { f?: string }).f).toBeUndefined();
  });

  it('masks accounts unless the analyst unmasked them', () => {
    const book = read(edgeListXlsx(edgeRows(cascade(), false), labels), { type: 'array' });
    const rows = utils.sheet_to_json<(string | number)[]>(book.Sheets['传播关系']!, { header: 1, defval: '' });
    expect(rows.some((row) => row[5] === '王小明')).toBe(false);
    expect(rows.some((row) => row[5] === '王***明')).toBe(true);
  });
});
