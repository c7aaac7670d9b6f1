import { describe, expect, it } from 'vitest';
import { china2026Calendar } from '../../../shared/network/china-2026';
import { computeScores, DEFAULT_POINTS_SCHEME, ranked, type ScoreInput } from '../../../shared/network/scoring';
import { latestAdoptionByItem } from '../../../shared/report/adoption';
import { buildReport } from '../../builders/report';
import { at, buildReporter, buildSubmission, buildUnit, buildZeroReport } from './builders';

// One working week, 2–6 March 2026, judged on the Saturday after.
const units = [
  buildUnit({ id: 'u-dalate', name: '达拉特旗宣传部' }),
  buildUnit({ id: 'u-dongsheng', name: '东胜区宣传部' }),
  buildUnit({ id: 'u-kangbashi', name: '康巴什区宣传部' }),
  buildUnit({ id: 'u-cac', name: '网信办', cadence: 'onEvents' }),
];
const reporters = [
  buildReporter({ id: 'r-da1', name: '甲', unitId: 'u-dalate' }),
  buildReporter({ id: 'r-da2', name: '乙', unitId: 'u-dalate' }),
  buildReporter({ id: 'r-do1', name: '丙', unitId: 'u-dongsheng' }),
];

const dalate = [
  buildSubmission(at('2026-03-02', '09:00:00'), { id: 'da-mon', unitId: 'u-dalate', reporterId: 'r-da1' }),
  buildSubmission(at('2026-03-03', '09:00:00'), { id: 'da-tue', unitId: 'u-dalate', reporterId: 'r-da1' }),
  buildSubmission(at('2026-03-04', '09:00:00'), { id: 'da-wed', unitId: 'u-dalate', reporterId: 'r-da1', notOpinion: true }),
  buildSubmission(at('2026-03-05', '09:00:00'), { id: 'da-thu', unitId: 'u-dalate', reporterId: 'r-da2' }),
  // No unit on the item: it counts for the unit of the reporter who sent it.
  buildSubmission(at('2026-03-06', '09:00:00'), { id: 'da-fri', unitId: null, reporterId: 'r-da2' }),
];
const dongsheng = [
  buildSubmission(at('2026-03-02', '10:00:00'), { id: 'do-mon', unitId: 'u-dongsheng', reporterId: 'r-do1' }),
  buildSubmission(at('2026-03-03', '10:00:00'), { id: 'do-tue', unitId: 'u-dongsheng', reporterId: 'r-do1' }),
  buildSubmission(at('2026-03-04', '10:00:00'), { id: 'do-wed', unitId: 'u-dongsheng', reporterId: 'r-do1' }),
  buildSubmission(at('2026-03-05', '10:00:00'), { id: 'do-thu', unitId: 'u-dongsheng', reporterId: 'r-do1' }),
  buildSubmission(at('2026-03-06', '18:30:00'), { id: 'do-fri', unitId: 'u-dongsheng', reporterId: 'r-do1' }),
];
const kangbashi = [
  buildSubmission(at('2026-03-02', '08:00:00'), { id: 'kb-mon', unitId: 'u-kangbashi' }),
  buildSubmission(at('2026-03-03', '08:00:00'), { id: 'kb-tue', unitId: 'u-kangbashi' }),
];
const cac = [buildSubmission(at('2026-03-04', '22:00:00'), { id: 'cac-wed', unitId: 'u-cac' })];
// Sent at 00:30 on Saturday in Shanghai though its UTC date is Friday: outside the week.
const afterTheWeek = buildSubmission('2026-03-06T16:30:00Z', { id: 'do-sat', unitId: 'u-dongsheng', reporterId: 'r-do1' });

const adoptions = new Map([
  ['da-mon', { instruction: false }],
  ['da-thu', { instruction: true }],
  ['do-tue', { instruction: false }],
  ['do-wed', { instruction: true }],
  ['do-sat', { instruction: true }],
]);

const input = (overrides: Partial<ScoreInput> = {}): ScoreInput => ({
  units,
  reporters,
  items: [...dalate, ...dongsheng, ...kangbashi, ...cac, afterTheWeek],
  zeroReports: [],
  adoptions,
  calendar: china2026Calendar(),
  timeZone: 'Asia/Shanghai',
  period: { from: '2026-03-02', to: '2026-03-06' },
  now: at('2026-03-07', '12:00:00'),
  ...overrides,
});

describe('computeScores', () => {
  it('scores units with the default scheme, ties sharing a rank', () => {
    const { units: scores } = computeScores(input());
    const row = (unitId: string) => scores.find((score) => score.unitId === unitId);
    // 达拉特旗: 4 opinion items ×1 + 1 非舆情 ×0 + adopted 3 + adopted with instruction 5 = 12
    expect(row('u-dalate')).toEqual({
      unitId: 'u-dalate',
      name: '达拉特旗宣传部',
      reported: 5,
      notOpinion: 1,
      notOpinionShare: 0.2,
      adopted: 2,
      withInstruction: 1,
      adoptionRate: 0.4,
      expectedDays: 5,
      zeroReportDays: 0,
      late: 0,
      missing: 0,
      silentStreak: 0,
      points: 12,
      rank: 1,
    });
    // 东胜区: 5 items ×1 + 3 + 5 − 1 late Friday = 12, the same as 达拉特旗
    expect(row('u-dongsheng')).toMatchObject({ reported: 5, adopted: 2, withInstruction: 1, late: 1, missing: 0, points: 12, rank: 1 });
    // 网信办 reports on events only: never missing, never late
    expect(row('u-cac')).toMatchObject({ reported: 1, expectedDays: 0, late: 0, missing: 0, points: 1, rank: 3 });
    // 康巴什区: 2 items − 3 missing days × 2 = −4, silent since Wednesday
    expect(row('u-kangbashi')).toMatchObject({
      reported: 2,
      adopted: 0,
      adoptionRate: 0,
      missing: 3,
      silentStreak: 3,
      points: -4,
      rank: 4,
    });
    expect(scores.map((score) => score.unitId)).toEqual(['u-dalate', 'u-dongsheng', 'u-cac', 'u-kangbashi']);
  });

  it('scores reporters, with late days of their own and no missing days', () => {
    const { reporters: scores } = computeScores(input());
    expect(scores.map((score) => [score.reporterId, score.reported, score.adopted, score.late, score.points, score.rank])).toEqual([
      ['r-do1', 5, 2, 1, 12, 1],
      ['r-da2', 2, 1, 0, 7, 2],
      ['r-da1', 3, 1, 0, 5, 3],
    ]);
    expect(scores.find((score) => score.reporterId === 'r-da1')?.notOpinionShare).toBeCloseTo(1 / 3);
  });

  it('applies a configured scheme', () => {
    const scheme = { ...DEFAULT_POINTS_SCHEME, notOpinion: -1, missing: -5, adoptedWithInstruction: 10 };
    const { units: scores } = computeScores(input({ scheme }));
    expect(scores.map((score) => [score.unitId, score.points, score.rank])).toEqual([
      ['u-dongsheng', 17, 1],
      ['u-dalate', 16, 2],
      ['u-cac', 1, 3],
      ['u-kangbashi', -13, 4],
    ]);
  });

  it('counts a 零报告 day as neither reported items nor missing', () => {
    const zeroReports = ['2026-03-04', '2026-03-05', '2026-03-06'].map((date) =>
      buildZeroReport(date, at(date, '16:00:00'), { unitId: 'u-kangbashi' }),
    );
    const kb = computeScores(input({ zeroReports })).units.find((score) => score.unitId === 'u-kangbashi');
    expect(kb).toMatchObject({ reported: 2, zeroReportDays: 3, missing: 0, silentStreak: 0, points: 2 });
  });

  it('judges the current day only after its cut-off', () => {
    const kb = (now: string) => computeScores(input({ now })).units.find((score) => score.unitId === 'u-kangbashi');
    expect(kb(at('2026-03-06', '16:00:00'))).toMatchObject({ expectedDays: 4, missing: 2, silentStreak: 2 });
    expect(kb(at('2026-03-06', '17:30:00'))).toMatchObject({ expectedDays: 5, missing: 3, silentStreak: 3 });
  });

  it('takes adoptions straight from the reports’ feedback', () => {
    const report = buildReport({
      status: 'feedbackRecorded',
      feedback: [
        {
          at: '2026-03-09T09:00:00+08:00',
          by: 'p-drafter',
          adoptions: [{ itemId: 'kb-mon', instruction: true, instructionText: '请跟进' }],
        },
      ],
    });
    const kb = computeScores(input({ adoptions: latestAdoptionByItem([report]) })).units.find((score) => score.unitId === 'u-kangbashi');
    expect(kb).toMatchObject({ adopted: 1, withInstruction: 1, adoptionRate: 0.5, points: 2 + 5 - 6 });
  });

  it('refuses a period that ends before it starts', () => {
    expect(() => computeScores(input({ period: { from: '2026-03-06', to: '2026-03-02' } }))).toThrow(
      expect.objectContaining({ code: 'network.periodReversed', params: { from: '2026-03-06', to: '2026-03-02' } }),
    );
  });

  it('reports items whose time cannot be read', () => {
    const broken = buildSubmission('2026-03-02 10:00', { id: 'broken', unitId: 'u-dalate' });
    expect(computeScores(input({ items: [...dalate, broken] })).unreadable).toEqual(['broken']);
  });
});

describe('ranked', () => {
  it('gives equal points the same rank and skips the ranks they use up', () => {
    const rows = [
      { name: '丁', points: 3, rank: 0 },
      { name: '甲', points: 5, rank: 0 },
      { name: '乙', points: 5, rank: 0 },
      { name: '丙', points: 5, rank: 0 },
      { name: '戊', points: -1, rank: 0 },
    ];
    expect(ranked(rows).map((row) => [row.points, row.rank])).toEqual([
      [5, 1],
      [5, 1],
      [5, 1],
      [3, 4],
      [-1, 5],
    ]);
  });
});
