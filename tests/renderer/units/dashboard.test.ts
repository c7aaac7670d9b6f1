import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { read, utils } from 'xlsx';
import { unzipSync } from 'fflate';
import { computeScores, DEFAULT_POINTS_SCHEME } from '../../../shared/network/scoring';
import { china2026Calendar } from '../../../shared/network/china-2026';
import { NETWORK_SETTINGS, type ReportRow } from '../../../renderer/db';
import { choosePeriod, loadDashboard, loadRankings, trendOf } from '../../../renderer/features/units/assessment';
import { loadSilenceAlerts } from '../../../renderer/features/alerts/silence';
import { rankingRows, rankingWorkbook, type Translate } from '../../../renderer/features/units/ranking-export';
import { translate } from '../../../renderer/i18n';
import { resetBuilderSequence } from '../../builders';
import { analyst, openTestStore, type TestStore } from '../db/harness';
import { storeWeek, FRIDAY_EVENING, WEEK, type Week } from './week';

const ZONE = 'Asia/Shanghai';
let store: TestStore;
let week: Week;

beforeEach(async () => {
  resetBuilderSequence();
  store = await openTestStore('units-dashboard');
  week = await storeWeek(store.repos);
  for (const zero of week.zeroReports) await store.repos.network.addZeroReport(zero, analyst);
  await store.repos.network.setNotOpinion([week.notOpinionItemId], true, analyst);
  await store.db.reports.put({
    id: 'report-1',
    seriesId: 'daily',
    year: 2026,
    number: 41,
    status: 'adopted',
    feedback: [
      {
        at: '2026-10-17T10:00:00+08:00',
        by: 'upper',
        adoptions: [{ itemId: week.adoptedItemId, instruction: true, instructionText: '请妥善处置' }],
      },
    ],
  } as ReportRow);
});

afterEach(() => store.db.close());

describe('the 考核 dashboard', () => {
  it('counts each unit’s week from the store as the shared scoring does over the same data', async () => {
    const dashboard = await loadDashboard(store.repos.network, WEEK, FRIDAY_EVENING, ZONE);
    const byName = new Map(dashboard.scores.units.map((unit) => [unit.name, unit]));
    expect(byName.get('东原旗委宣传部')).toMatchObject({
      reported: 5,
      adopted: 1,
      withInstruction: 1,
      adoptionRate: 0.2,
      notOpinionShare: 0.2,
      late: 0,
      missing: 0,
      silentStreak: 0,
      // 4 opinion items × 1 + 1 non-opinion × 0 + adopted with instruction 5
      points: 9,
      rank: 1,
    });
    expect(byName.get('北岭旗委宣传部')).toMatchObject({ reported: 5, late: 1, missing: 0, points: 4, rank: 2 });
    expect(byName.get('西坡旗委宣传部')).toMatchObject({
      reported: 1,
      zeroReportDays: 1,
      missing: 3,
      silentStreak: 3,
      points: -5,
      rank: 3,
    });

    const direct = computeScores({
      units: Object.values(week.units),
      reporters: week.reporters,
      items: week.items.map((item) => ({ ...item, notOpinion: item.id === week.notOpinionItemId })),
      zeroReports: week.zeroReports,
      adoptions: new Map([[week.adoptedItemId, { instruction: true }]]),
      calendar: china2026Calendar(),
      timeZone: ZONE,
      period: WEEK,
      now: FRIDAY_EVENING,
      scheme: DEFAULT_POINTS_SCHEME,
    });
    expect(dashboard.scores).toEqual(direct);
  });

  it('lists reporters within their unit and follows a changed points scheme', async () => {
    await store.repos.network.saveSetting(NETWORK_SETTINGS.pointsScheme, { ...DEFAULT_POINTS_SCHEME, late: -4 }, analyst);
    const dashboard = await loadDashboard(store.repos.network, WEEK, FRIDAY_EVENING, ZONE);
    const lateReporter = dashboard.scores.reporters.find((reporter) => reporter.name === '赵志强');
    expect(lateReporter).toMatchObject({ unitId: week.units.lateOnce.id, reported: 5, late: 1, points: 1 });
    expect(dashboard.scores.units.find((unit) => unit.name === '北岭旗委宣传部')?.points).toBe(1);
  });

  it('shows a single week against the weeks before it, the last point being the week itself', async () => {
    const trend = trendOf(WEEK);
    expect(trend).toEqual({ period: { from: '2026-08-24', to: '2026-10-16' }, kind: 'week' });
    const dashboard = await loadDashboard(store.repos.network, WEEK, FRIDAY_EVENING, ZONE);
    expect(dashboard.trend).toHaveLength(8);
    const lastWeek = dashboard.trend.at(-1)!;
    expect(lastWeek.period).toEqual({ from: '2026-10-12', to: '2026-10-16' });
    expect(lastWeek.units.find((unit) => unit.name === '东原旗委宣传部')?.points).toBe(9);
    // The National Day week had no reports from anyone in this data: 东原 has nothing there.
    expect(
      dashboard.trend.find((point) => point.period.from === '2026-09-28')?.units.find((unit) => unit.name === '东原旗委宣传部')?.reported,
    ).toBe(0);
  });

  it('chooses 本周/本月/本季度/本年 around today and orders custom dates', () => {
    const custom = { from: '2026-10-20', to: '2026-10-01' };
    expect(choosePeriod('week', '2026-10-14', custom)).toEqual({ from: '2026-10-12', to: '2026-10-18' });
    expect(choosePeriod('quarter', '2026-10-14', custom)).toEqual({ from: '2026-10-01', to: '2026-12-31' });
    expect(choosePeriod('custom', '2026-10-14', custom)).toEqual({ from: '2026-10-01', to: '2026-10-20' });
    expect(trendOf({ from: '2026-01-01', to: '2026-12-31' }).kind).toBe('month');
  });
});

describe('silence alerts', () => {
  it('lists the unit silent for three expected days until someone acknowledges that silence', async () => {
    const { alerts, threshold } = await loadSilenceAlerts(store.repos.network, FRIDAY_EVENING, ZONE);
    expect(threshold).toBe(3);
    expect(alerts).toEqual([{ unitId: week.units.silent.id, name: '西坡旗委宣传部', silentDays: 3, silentSince: '2026-10-14' }]);

    // On Friday before the cut-off the day is still open: two days of silence, no alert yet.
    expect((await loadSilenceAlerts(store.repos.network, '2026-10-16T16:00:00+08:00', ZONE)).alerts).toEqual([]);

    await store.repos.network.acknowledgeSilence({ unitId: week.units.silent.id, silentSince: '2026-10-14' }, analyst);
    expect((await loadSilenceAlerts(store.repos.network, FRIDAY_EVENING, ZONE)).alerts).toEqual([]);
  });

  it('follows the threshold and the calendar from settings', async () => {
    await store.repos.network.saveSetting(NETWORK_SETTINGS.silenceThreshold, 4, analyst);
    expect((await loadSilenceAlerts(store.repos.network, FRIDAY_EVENING, ZONE)).alerts).toEqual([]);
    await store.repos.network.saveSetting(NETWORK_SETTINGS.silenceThreshold, 2, analyst);
    // Thursday declared a local holiday: 西坡's silence is then Wednesday and Friday, two expected days.
    const calendar = china2026Calendar();
    await store.repos.network.saveSetting(
      NETWORK_SETTINGS.calendar,
      { ...calendar, holidays: [...calendar.holidays, '2026-10-15'] },
      analyst,
    );
    expect((await loadSilenceAlerts(store.repos.network, FRIDAY_EVENING, ZONE)).alerts).toEqual([
      { unitId: week.units.silent.id, name: '西坡旗委宣传部', silentDays: 2, silentSince: '2026-10-14' },
    ]);
  });
});

describe('the ranking export', () => {
  const t: Translate = (key, ...params) => translate('zh-CN', key, ...params);

  it('ranks the month, quarter and year and writes them with the points scheme into one workbook', async () => {
    const rankings = await loadRankings(store.repos.network, '2026-10-16', FRIDAY_EVENING, ZONE);
    expect(rankings.map((ranking) => [ranking.kind, ranking.period])).toEqual([
      ['month', { from: '2026-10-01', to: '2026-10-31' }],
      ['quarter', { from: '2026-10-01', to: '2026-12-31' }],
      ['year', { from: '2026-01-01', to: '2026-12-31' }],
    ]);
    const month = rankings[0]!;
    // October after the holiday: 10-08, 10-09 and the 调休 Saturday 10-10 were expected of everyone and missed.
    expect(rankingRows(month.scores.units).map((row) => [row[0], row[1], row[2], row[7], row[11]])).toEqual([
      [1, '东原旗委宣传部', 5, 3, 3],
      [2, '北岭旗委宣传部', 5, 3, -2],
      [3, '西坡旗委宣传部', 1, 6, -11],
    ]);

    const bytes = rankingWorkbook(t, rankings, DEFAULT_POINTS_SCHEME);
    expect(Object.keys(unzipSync(bytes))).toContain('xl/workbook.xml');
    const workbook = read(bytes, { type: 'array' });
    expect(workbook.SheetNames).toEqual(['月度排名', '季度排名', '年度排名', '计分规则']);
    const monthRows = utils.sheet_to_json<unknown[]>(workbook.Sheets['月度排名']!, { header: 1 });
    expect(monthRows[0]).toEqual([
      '名次',
      '单位',
      '报送',
      '采用',
      '领导批示',
      '采用率',
      '迟报',
      '漏报天数',
      '零报告',
      '当前连续未报',
      '非舆情占比',
      '得分',
    ]);
    expect(monthRows[1]).toEqual(['月度排名（2026-10-01 至 2026-10-31）']);
    expect(monthRows[2]?.[1]).toBe('东原旗委宣传部');
    const schemeRows = utils.sheet_to_json<unknown[]>(workbook.Sheets['计分规则']!, { header: 1 });
    expect(schemeRows).toContainEqual(['漏报一天', -2]);

    // Each ranking carries its bar chart inside the workbook, drawn from that sheet's 单位 and 得分 cells.
    const parts = unzipSync(bytes);
    const charts = ['1', '2', '3'].map((n) => new TextDecoder().decode(parts[`xl/charts/chart${n}.xml`]));
    expect(charts.map((chart) => [...chart.matchAll(/<c:f>([^<]+)<\/c:f>/g)].map((match) => match[1]))).toEqual(
      ['月度排名', '季度排名', '年度排名'].map((sheet) => [`'${sheet}'!$L$1`, `'${sheet}'!$B$3:$B$5`, `'${sheet}'!$L$3:$L$5`]),
    );
    expect(charts[0]).toContain('月度排名（2026-10-01 至 2026-10-31）');
    expect([...charts[0]!.matchAll(/<c:numCache>.*?<\/c:numCache>/g)][0]?.[0]).toContain(
      '<c:pt idx="0"><c:v>3</c:v></c:pt><c:pt idx="1"><c:v>-2</c:v></c:pt><c:pt idx="2"><c:v>-11</c:v></c:pt>',
    );
    expect(monthRows[2]?.[11]).toBe(3);
    expect(parts['xl/charts/chart4.xml']).toBeUndefined();
  });
});
