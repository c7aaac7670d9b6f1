import { beforeEach, describe, expect, it } from 'vitest';
import { utils, write } from 'xlsx';
import { workbookSheets } from '../../../renderer/features/units/read-workbook';
import {
  parseActive,
  parseCadence,
  parseCutoff,
  parseStartDate,
  planRegistryImport,
} from '../../../renderer/features/units/registry-import';
import { buildReporter, buildUnit, resetBuilderSequence, sequentialUuid } from '../../builders';

function workbookBytes(sheets: Record<string, unknown[][]>): Uint8Array {
  const book = utils.book_new();
  for (const [name, rows] of Object.entries(sheets)) utils.book_append_sheet(book, utils.aoa_to_sheet(rows), name);
  return new Uint8Array(write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
}

function counter() {
  let n = 0;
  return () => sequentialUuid(++n, 'a1000000');
}

beforeEach(() => resetBuilderSequence());

describe('reading the registry from a workbook', () => {
  const file = workbookBytes({
    单位: [
      ['报送单位名单（2026年）'],
      ['单位名称', '上级单位', '报送频次', '截止时间'],
      ['北岭旗委宣传部', '青川盟委宣传部', '工作日', '16:30'],
      ['青川盟委宣传部', '', '每日', 17 / 24],
      ['青川盟公安局网安支队', '', '有事报送', ''],
      ['', '', '', ''],
      ['西坡旗委宣传部', '不存在的单位', '隔天', '下午五点'],
      ['北岭旗委宣传部', '', '每日', '17:00'],
    ],
    信息员: [
      ['姓名', '所属单位', '身份', '在岗'],
      ['张秀英', '北岭旗委宣传部', '网格员', '是'],
      ['赵志强', '青川盟公安局网安支队', '', '否'],
      ['王某', '未登记单位', '干部', '是'],
      ['', '北岭旗委宣传部', '', ''],
    ],
    说明: [['本表由宣传部舆情科维护']],
  });

  it('finds both sheets by their headers, resolves parents named later, and reports every cell it could not use', () => {
    const plan = planRegistryImport(workbookSheets(file), { units: [], reporters: [] }, counter());
    expect(plan.sheets).toEqual([
      { name: '单位', kind: 'units', rows: 5 },
      { name: '信息员', kind: 'reporters', rows: 4 },
      { name: '说明', kind: 'unknown', rows: 0 },
    ]);
    const byName = new Map(plan.units.map((unit) => [unit.name, unit]));
    const city = byName.get('青川盟委宣传部')!;
    expect(city).toMatchObject({ parentId: null, cadence: 'daily', cutoff: '17:00', active: true });
    expect(byName.get('北岭旗委宣传部')).toMatchObject({ parentId: city.id, cadence: 'workingDays', cutoff: '16:30' });
    expect(byName.get('青川盟公安局网安支队')).toMatchObject({ cadence: 'onEvents', cutoff: '17:00' });
    // Unreadable cells fall back to the defaults rather than dropping the unit.
    expect(byName.get('西坡旗委宣传部')).toMatchObject({ parentId: null, cadence: 'workingDays', cutoff: '17:00' });
    expect(plan.unitsNew).toBe(4);

    expect(
      plan.reporters.map((reporter) => [
        reporter.name,
        byName.get('北岭旗委宣传部')!.id === reporter.unitId,
        reporter.role,
        reporter.active,
      ]),
    ).toEqual([
      ['张秀英', true, '网格员', true],
      ['赵志强', false, '信息员', false],
    ]);
    expect(plan.problems.map((problem) => [problem.sheet, problem.row, problem.code, problem.value])).toEqual([
      ['单位', 7, 'cadenceUnknown', '隔天'],
      ['单位', 7, 'cutoffInvalid', '下午五点'],
      ['单位', 8, 'unitRepeated', '北岭旗委宣传部'],
      ['单位', 7, 'parentUnknown', '不存在的单位'],
      ['信息员', 4, 'reporterUnitUnknown', '未登记单位'],
      ['信息员', 5, 'reporterNameMissing', ''],
    ]);
  });

  it('matches what is already registered, so importing the same list again changes nothing', () => {
    const first = planRegistryImport(workbookSheets(file), { units: [], reporters: [] }, counter());
    const again = planRegistryImport(workbookSheets(file), { units: first.units, reporters: first.reporters }, counter());
    expect(again).toMatchObject({ units: [], reporters: [], unitsUnchanged: 4, reportersUnchanged: 2, unitsNew: 0, reportersNew: 0 });
  });

  it('changes a registered unit in place, keeping its id', () => {
    const banner = buildUnit({ name: '北岭旗委宣传部', cutoff: '17:00' });
    const reporter = buildReporter({ unitId: banner.id, name: '张秀英', role: '信息员' });
    const plan = planRegistryImport(
      [
        {
          name: 'Sheet1',
          rows: [
            ['单位名称', '截止时间'],
            ['北岭旗委宣传部', '15:00'],
          ],
        },
      ],
      { units: [banner], reporters: [reporter] },
      counter(),
    );
    expect(plan.units).toEqual([{ ...banner, cutoff: '15:00' }]);
    expect(plan).toMatchObject({ unitsChanged: 1, unitsNew: 0, problems: [] });
  });

  it('reads cadence words, clock times and 在岗 marks as offices write them', () => {
    expect(['每日', '工作日', '有事即报', '偶尔'].map(parseCadence)).toEqual(['daily', 'workingDays', 'onEvents', null]);
    expect([9.5 / 24, '9:30', '17:00:00', '17：00', '24:00', 1.2].map(parseCutoff)).toEqual([
      '09:30',
      '09:30',
      '17:00',
      '17:00',
      null,
      null,
    ]);
    expect(['是', '', '离岗', false, '也许'].map(parseActive)).toEqual([true, true, false, false, null]);
  });

  it('reads 起报日期 as offices write it: an Excel date, 2026-03-04, 2026/3/4, 2026.3.4 or 2026年3月4日', () => {
    // 46085 is 2026-03-04 in Excel's 1900 date system; a time of day in the serial does not move the date.
    expect([46085, 46085.75, '2026-03-04', '2026/3/4', '2026.3.4', '2026年3月4日'].map(parseStartDate)).toEqual(
      Array(6).fill('2026-03-04'),
    );
    expect(['2026-02-30', '3月4日', '下周一', 0, -5, true].map(parseStartDate)).toEqual(Array(6).fill(null));
  });
});

describe('the 起报日期 of imported units', () => {
  // The import runs at 18:00 on Wednesday 4 March 2026, in Shanghai: after a 17:00 cut-off, before a 20:00 one.
  const registration = { now: Date.parse('2026-03-04T18:00:00+08:00'), timeZone: 'Asia/Shanghai' };

  it('takes the column when the list has one (起报日期 or 启用日期), and starts the others from the import', () => {
    const sheets = [
      {
        name: '单位',
        rows: [
          ['单位名称', '截止时间', '启用日期'],
          ['东原旗委宣传部', '17:00', 46082],
          ['北岭旗委宣传部', '17:00', ''],
          ['西坡旗委宣传部', '20:00', null],
          ['南湾旗委宣传部', '17:00', '明年'],
        ],
      },
    ];
    const plan = planRegistryImport(sheets, { units: [], reporters: [] }, counter(), registration);
    expect(plan.units.map((unit) => [unit.name, unit.startDate])).toEqual([
      ['东原旗委宣传部', '2026-03-01'],
      // 18:00 is past a 17:00 cut-off: Wednesday is not theirs to miss.
      ['北岭旗委宣传部', '2026-03-05'],
      ['西坡旗委宣传部', '2026-03-04'],
      ['南湾旗委宣传部', '2026-03-05'],
    ]);
    expect(plan.problems).toEqual([{ sheet: '单位', row: 5, code: 'startDateInvalid', value: '明年' }]);
  });

  it('leaves a registered unit’s start alone unless the list names one, and then changes it', () => {
    const legacy = buildUnit({ name: '东原旗委宣传部' });
    const dated = buildUnit({ name: '北岭旗委宣传部', startDate: '2026-01-05' });
    const existing = { units: [legacy, dated], reporters: [] };
    const withoutColumn = planRegistryImport(
      [{ name: '单位', rows: [['单位名称'], ['东原旗委宣传部'], ['北岭旗委宣传部']] }],
      existing,
      counter(),
      registration,
    );
    expect(withoutColumn).toMatchObject({ units: [], unitsUnchanged: 2 });

    const withColumn = planRegistryImport(
      [
        {
          name: '单位',
          rows: [
            ['单位名称', '起报日期'],
            ['东原旗委宣传部', '2026-02-02'],
            ['北岭旗委宣传部', ''],
          ],
        },
      ],
      existing,
      counter(),
      registration,
    );
    expect(withColumn.units).toEqual([{ ...legacy, startDate: '2026-02-02' }]);
    expect(withColumn).toMatchObject({ unitsChanged: 1, unitsUnchanged: 1 });
  });
});
