import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_POINTS_SCHEME } from '../../../shared/network/scoring';
import { NETWORK_SETTINGS } from '../../../renderer/db';
import { actionLabel, targetLabel } from '../../../renderer/features/audit/audit-labels';
import { translate, type Translate } from '../../../renderer/i18n';
import { buildItem, resetBuilderSequence } from '../../builders';
import { analyst, openTestStore, type TestStore } from '../db/harness';
import { buildWeek } from './week';

const zh: Translate = (key, ...params) => translate('zh-CN', key, ...params);
const en: Translate = (key, ...params) => translate('en', key, ...params);
const noNames = new Map<string, string>();
// What an untranslated label looks like on 操作日志: a recorded id such as items.markNotOpinion or network.calendar.
const RECORDED_ID = /[a-z][A-Za-z]*\.[a-z][A-Za-z]*/;

let store: TestStore;

beforeEach(async () => {
  resetBuilderSequence();
  store = await openTestStore('network-audit-names');
});

afterEach(() => store.db.close());

describe('操作日志 names every write of the reporting network', () => {
  it('in Chinese and in English, never by the id it was recorded under', async () => {
    const week = buildWeek();
    const network = store.repos.network;
    await network.saveRegistry({ units: Object.values(week.units), reporters: week.reporters }, analyst);
    const zero = week.zeroReports[0]!;
    await network.addZeroReport(zero, analyst);
    await network.removeZeroReport(zero.id, analyst);
    await network.saveSetting(NETWORK_SETTINGS.calendar, { holidays: ['2026-10-19'], adjustedWorkdays: [] }, analyst);
    await network.saveSetting(NETWORK_SETTINGS.pointsScheme, { ...DEFAULT_POINTS_SCHEME, late: -2 }, analyst);
    await network.saveSetting(NETWORK_SETTINGS.silenceThreshold, 4, analyst);
    await network.acknowledgeSilence({ unitId: week.units.silent.id, silentSince: '2026-10-14' }, analyst);
    const item = buildItem();
    await store.repos.items.bulkAdd([item], analyst);
    await network.setNotOpinion([item.id], true, analyst);
    await network.setNotOpinion([item.id], false, analyst);

    const entries = (await store.db.auditLog.orderBy('seq').toArray()).filter((entry) => entry.action !== 'items.add');
    expect(entries.map((entry) => entry.action)).toEqual([
      'units.put',
      'reporters.put',
      'zeroReports.create',
      'zeroReports.remove',
      'settings.set',
      'settings.set',
      'settings.set',
      'settings.set',
      'items.markNotOpinion',
      'items.unmarkNotOpinion',
    ]);
    for (const t of [zh, en]) {
      for (const entry of entries) {
        expect(actionLabel(t, entry.action)).not.toMatch(RECORDED_ID);
        expect(targetLabel(t, entry, noNames)).not.toMatch(RECORDED_ID);
      }
    }
    const settingTargets = entries.filter((entry) => entry.action === 'settings.set').map((entry) => targetLabel(zh, entry, noNames));
    expect(settingTargets).toEqual(['设置 · 节假日与调休日历', '设置 · 考核计分规则', '设置 · 沉默预警天数', '设置 · 已确认的沉默预警']);
    expect(actionLabel(zh, 'items.markNotOpinion')).toBe('标为非舆情');
    expect(actionLabel(zh, 'zeroReports.create')).toBe('记录零报告');
    expect(targetLabel(zh, entries[2]!, noNames)).toBe(`零报告 · ${zero.id}`);
  });
});
