import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Item } from '../../../shared/domain/types';
import { SHEET_NAMES } from '../../../shared/export/workbook';
import { buildListPack, type ListPackHost, type ListPackInput, type PackBuildOptions } from '../../../renderer/features/pack/list-pack';
import { PACK_CASCADE_CHART_LIMIT } from '../../../renderer/features/pack/pack-cascade-charts';
import type { ImpliedRootBatch } from '../../../renderer/features/spread/cascade-source';
import { buildItem, buildSpreadEdge, resetBuilderSequence } from '../../builders';
import { cellUnder, readWorkbook, sheetOf } from '../../unit/export/read-back';
import { lastWeekComparison, svgHost } from './pack-host';

const ZONE = 'Asia/Shanghai';
const NOW = Date.parse('2026-03-10T10:00:00+08:00');
const SECRET = 'c3'.repeat(32);
const ROOT_ACCOUNT = '牧场老李说事';

function at(day: number, hour: number): string {
  return `2026-03-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:00:00+08:00`;
}

/** An original on 微博 reposted twice there and once on 抖音, a repost of a repost, and two items outside any chain. */
function chainWeek(): { items: Item[]; root: Item; loose: Item[] } {
  const root = buildItem({
    externalId: 'R1',
    rootExternalId: 'R1',
    platform: '微博',
    account: ROOT_ACCOUNT,
    title: '供暖停了三天',
    publishedAt: at(5, 8),
    reportedAt: at(5, 9),
  });
  const chain = [
    buildItem({
      externalId: 'A',
      rootExternalId: 'R1',
      parentExternalId: 'R1',
      platform: '微博',
      account: '甲',
      publishedAt: at(5, 10),
      reportedAt: at(5, 11),
    }),
    buildItem({
      externalId: 'B',
      rootExternalId: 'R1',
      parentExternalId: 'R1',
      platform: '抖音',
      account: '乙',
      publishedAt: at(5, 12),
      reportedAt: at(5, 13),
    }),
    buildItem({
      externalId: 'C',
      rootExternalId: 'R1',
      parentExternalId: 'A',
      platform: '微博',
      account: '丙',
      publishedAt: at(6, 8),
      reportedAt: at(6, 9),
    }),
  ];
  const loose = [buildItem({ reportedAt: at(7, 9) }), buildItem({ reportedAt: at(8, 9) })];
  return { items: [root, ...chain, ...loose], root, loose };
}

async function packOf(
  items: Item[],
  maskSecret: string | null,
  spreadLinks = [] as ReturnType<typeof buildSpreadEdge>[],
  more: Partial<ListPackInput> = {},
  options: PackBuildOptions = {},
) {
  return buildListPack(
    {
      comparison: lastWeekComparison(items, NOW, ZONE),
      items,
      eventNames: new Map(),
      lookups: {},
      masking: maskSecret === null ? null : { style: 'pseudonym', secret: maskSecret },
      auditHead: null,
      createdAt: '2026-03-10T10:30:00+08:00',
      appVersion: '0.1.0-test',
      timeZone: ZONE,
      spreadLinks,
      ...more,
    },
    svgHost,
    options,
  );
}

function fileOf(files: { path: string; bytes: Uint8Array }[], path: string): Uint8Array {
  const file = files.find((candidate) => candidate.path === path);
  if (!file) throw new Error(`no ${path} in ${files.map((candidate) => candidate.path).join(', ')}`);
  return file.bytes;
}

function cascadeSheetOf(files: { path: string; bytes: Uint8Array }[]) {
  const workbook = files.find((file) => file.path === 'workbook.xlsx');
  if (!workbook) throw new Error('no workbook.xlsx');
  return {
    sheet: sheetOf(readWorkbook(workbook.bytes), SHEET_NAMES.cascades),
    xml: Object.values(unzipSync(workbook.bytes))
      .map((part) => strFromU8(part))
      .join('\n'),
  };
}

beforeAll(() => {
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
});

describe('传播分析 of a list pack', () => {
  beforeEach(() => resetBuilderSequence());

  it('has one row per cascade among the listed items with the spread metrics as numbers', async () => {
    const { items, root } = chainWeek();
    const { sheet } = cascadeSheetOf((await packOf(items, null)).files);
    expect(cellUnder(sheet, '条目编号', 1)?.v).toBe(root.id);
    expect(cellUnder(sheet, '源头条目', 1)?.v).toBe('供暖停了三天');
    expect(cellUnder(sheet, '账号', 1)?.v).toBe(ROOT_ACCOUNT);
    expect(cellUnder(sheet, '节点数', 1)).toMatchObject({ t: 'n', v: 4 });
    expect(cellUnder(sheet, '传播边数', 1)).toMatchObject({ t: 'n', v: 3 });
    expect(cellUnder(sheet, '最大深度', 1)).toMatchObject({ t: 'n', v: 2 });
    expect(cellUnder(sheet, '最大广度', 1)).toMatchObject({ t: 'n', v: 2 });
    expect(cellUnder(sheet, '涉及平台', 1)?.v).toBe('微博、抖音');
    expect(cellUnder(sheet, '跨平台传播', 1)).toMatchObject({ t: 'n', v: 1 });
    // 08:00 on the 5th to 08:00 on the 6th
    expect(cellUnder(sheet, '持续时长(小时)', 1)).toMatchObject({ t: 'n', v: 24 });
    expect(cellUnder(sheet, '首次传播', 1)?.t).toBe('n');
    // items outside any chain make no row
    expect(cellUnder(sheet, '序号', 2)).toBeUndefined();
  });

  it('joins an analyst link between two listed items as a cascade of its own', async () => {
    const { items, loose } = chainWeek();
    const [source, copy] = loose as [Item, Item];
    const link = buildSpreadEdge({ from: source.id, to: copy.id, type: 'copy' });
    const { sheet } = cascadeSheetOf((await packOf(items, null, [link])).files);
    expect(cellUnder(sheet, '节点数', 2)).toMatchObject({ t: 'n', v: 2 });
    expect(cellUnder(sheet, '条目编号', 2)?.v).toBe(source.id);
  });

  it('masks the original account with the workspace pseudonym', async () => {
    const { items } = chainWeek();
    const { sheet, xml } = cascadeSheetOf((await packOf(items, SECRET)).files);
    const shown = String(cellUnder(sheet, '账号', 1)?.v);
    expect(shown).not.toBe(ROOT_ACCOUNT);
    expect(shown.length).toBeGreaterThan(0);
    expect(xml).not.toContain(ROOT_ACCOUNT);
  });

  it('draws the graph and timeline of every cascade as chart files the manifest covers, titled by its original', async () => {
    const { items, loose } = chainWeek();
    const [source, copy] = loose as [Item, Item];
    const link = buildSpreadEdge({ from: source.id, to: copy.id, type: 'copy' });
    const pack = await packOf(items, null, [link]);
    const paths = pack.files.map((file) => file.path);
    expect(paths.filter((path) => path.startsWith('charts/cascade-')).sort()).toEqual([
      'charts/cascade-01-graph.svg',
      'charts/cascade-01-timeline.svg',
      'charts/cascade-02-graph.svg',
      'charts/cascade-02-timeline.svg',
    ]);
    const manifest = JSON.parse(strFromU8(fileOf(pack.files, 'manifest.json'))) as { files: { path: string }[] };
    expect(manifest.files.map((file) => file.path)).toContain('charts/cascade-01-graph.svg');
    const graph = strFromU8(fileOf(pack.files, 'charts/cascade-01-graph.svg'));
    expect(graph).toContain('传播图谱 01：供暖停了三天');
    // the platforms of the cascade are the legend of both charts
    const timeline = strFromU8(fileOf(pack.files, 'charts/cascade-01-timeline.svg'));
    expect(timeline).toContain('传播时间线 01：供暖停了三天');
    expect(timeline).toContain('抖音');
  });

  it('masks accounts in the titles of the cascade charts', async () => {
    const { items, root } = chainWeek();
    const spelled = items.map((item) => (item.id === root.id ? { ...item, title: `${ROOT_ACCOUNT} 称供暖停了三天` } : item));
    const pack = await packOf(spelled, SECRET);
    const graph = strFromU8(fileOf(pack.files, 'charts/cascade-01-graph.svg'));
    expect(graph).toContain('称供暖停了三天');
    expect(graph).not.toContain(ROOT_ACCOUNT);
  });

  it('makes no cascade charts when no listed item belongs to a cascade', async () => {
    const { loose } = chainWeek();
    const pack = await packOf(loose, null);
    expect(pack.files.some((file) => file.path.startsWith('charts/cascade-'))).toBe(false);
  });

  it('includes a repost file whose original only the file implies, as the 传播 page assembles it', async () => {
    // Reposts naming their parent (mid / parent) but no 原帖ID: the import leaves rootExternalId empty.
    const first = buildItem({ externalId: 'M1', parentExternalId: 'ORIG', platform: '微博', account: '甲', publishedAt: at(5, 10) });
    const second = buildItem({ externalId: 'M2', parentExternalId: 'M1', platform: '微博', account: '乙', publishedAt: at(5, 11) });
    const unlisted = buildItem({ externalId: 'M3', parentExternalId: 'M1', platform: '微博', publishedAt: at(5, 12) });
    const batch: ImpliedRootBatch = {
      batchId: 'batch-1',
      files: ['转发.xlsx'],
      items: [first, second, unlisted],
      root: { rootId: null, rootText: '某地供暖停了三天', rootTime: at(5, 8) },
    };
    const { files } = await packOf([first, second], null, [], { repostBatches: [batch] });
    const { sheet } = cascadeSheetOf(files);
    expect(cellUnder(sheet, '源头条目', 1)?.v).toBe('某地供暖停了三天');
    // the implied original and the two listed reposts; the repost the pack does not list is not in it
    expect(cellUnder(sheet, '节点数', 1)).toMatchObject({ t: 'n', v: 3 });
    expect(files.map((file) => file.path)).toContain('charts/cascade-01-graph.svg');
  });

  it('draws every cascade, one after another, numbered so the files list in order past 99', async () => {
    const chains = Array.from({ length: 34 }, (_, index) => {
      const root = `R${index}`;
      return [
        buildItem({ externalId: root, rootExternalId: root, publishedAt: at(5, 8), reportedAt: at(5, 9) }),
        buildItem({ externalId: `${root}-a`, rootExternalId: root, parentExternalId: root, publishedAt: at(5, 9), reportedAt: at(5, 10) }),
      ];
    }).flat();
    const progress: number[] = [];
    const pack = await packOf(chains, null, [], {}, { onProgress: (step, done) => step === 'charts' && progress.push(done) });
    const graphs = pack.files.map((file) => file.path).filter((path) => /^charts\/cascade-\d+-graph\.svg$/.test(path));
    expect(graphs).toHaveLength(34);
    expect(graphs).toContain('charts/cascade-34-graph.svg');
    expect(pack.warnings.some((warning) => warning.code === 'cascadeChartsOmitted')).toBe(false);
    // progress moves once per chart: 7 statistics charts and 34 cascades
    expect(progress.at(-1)).toBe(7 + 34);
    expect(new Set(progress).size).toBe(7 + 34 + 1);
  });

  it('tells the analyst in the pack and in the export message when cascades beyond the limit are not drawn', async () => {
    expect(PACK_CASCADE_CHART_LIMIT).toBeGreaterThanOrEqual(100);
    const count = PACK_CASCADE_CHART_LIMIT + 1;
    const chains = Array.from({ length: count }, (_, index) => {
      const root = `R${index}`;
      return [
        buildItem({ externalId: root, rootExternalId: root, reportedAt: at(5, 9) }),
        buildItem({ externalId: `${root}-a`, rootExternalId: root, parentExternalId: root, reportedAt: at(5, 10) }),
      ];
    }).flat();
    const host: ListPackHost = {
      ...svgHost,
      // Cheap drawings: this test is about which cascades are drawn and what the pack says, not the pictures.
      renderOption: () => ({ svg: new TextEncoder().encode('<svg/>'), png: null }),
    };
    const pack = await buildListPack(
      {
        comparison: lastWeekComparison(chains, NOW, ZONE),
        items: chains,
        eventNames: new Map(),
        lookups: {},
        masking: null,
        auditHead: null,
        createdAt: '2026-03-10T10:30:00+08:00',
        appVersion: '0.1.0-test',
        timeZone: ZONE,
      },
      host,
    );
    const graphs = pack.files.filter((file) => /^charts\/cascade-\d+-graph\.svg$/.test(file.path));
    expect(graphs).toHaveLength(PACK_CASCADE_CHART_LIMIT);
    const omitted = pack.warnings.find((warning) => warning.code === 'cascadeChartsOmitted');
    expect(omitted?.message).toContain(`共有 ${count} 条传播链`);
    const book = readWorkbook(fileOf(pack.files, 'workbook.xlsx'));
    expect(JSON.stringify(sheetOf(book, SHEET_NAMES.overview))).toContain(omitted?.message);
    // 传播分析 still lists every cascade
    expect(cellUnder(sheetOf(book, SHEET_NAMES.cascades), '序号', count)).toMatchObject({ v: count });
    const reportJson = JSON.parse(strFromU8(fileOf(pack.files, 'report.json'))) as { cascadeCharts: unknown };
    expect(reportJson.cascadeCharts).toEqual({ drawn: PACK_CASCADE_CHART_LIMIT, total: count });
    expect(strFromU8(fileOf(pack.files, 'report.html'))).toContain(omitted?.message);
  });
});
