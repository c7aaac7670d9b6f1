import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Unit } from '../../../shared/domain/types';
import { loadSilenceAlerts } from '../../../renderer/features/alerts/silence';
import { RegistryTab } from '../../../renderer/features/units/RegistryTab';
import { refreshRegistry, useUnits } from '../../../renderer/features/units/units-store';
import { buildUnit } from '../../builders';
import { analyst, type TestStore } from '../db/harness';
import { useDeskStore } from '../desk-store';

// The store's audit clock (harness steppingClock) writes every entry at 2026-03-02 09:00 in Shanghai, a Monday.
const REGISTERED_AT = '2026-03-02T01:00:00.000Z';
const ZONE = 'Asia/Shanghai';

let store: TestStore;

useDeskStore('units-start-date', (opened) => (store = opened));

beforeEach(() => {
  useUnits.setState({ units: [], reporters: [] });
});

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('units stored without a 起报日期', () => {
  it('carry the time the audit log recorded their registration, by hand or by a registry import', async () => {
    const byHand = buildUnit({ name: '东原旗委宣传部' });
    const imported = [buildUnit({ name: '北岭旗委宣传部' }), buildUnit({ name: '西坡旗委宣传部' })];
    await store.repos.network.saveRegistry({ units: [byHand], reporters: [] }, analyst);
    await store.repos.network.saveRegistry({ units: imported, reporters: [] }, analyst);
    // A later edit is not a registration: the first entry stands.
    await store.repos.network.saveRegistry({ units: [{ ...byHand, cutoff: '16:00' }], reporters: [] }, analyst);

    const { units } = await store.repos.network.registry();
    const registered = new Map(units.map((unit) => [unit.name, unit.registeredAt]));
    expect(registered.get('东原旗委宣传部')).toBe(REGISTERED_AT);
    expect(registered.get('北岭旗委宣传部')).toBe('2026-03-02T01:00:01.000Z');
    expect(registered.get('西坡旗委宣传部')).toBe('2026-03-02T01:00:01.000Z');
  });

  it('carry nothing when they came in a workspace load or have no audit record, and keep counting every day', async () => {
    const loaded = buildUnit({ name: '演示单位' });
    await store.repos.workspace.load(
      {
        format: 'opinion-desk-workspace',
        version: 1,
        units: [loaded],
        reporters: [],
        tags: [],
        events: [],
        items: [],
        spreadEdges: [],
        refutations: [],
      },
      analyst,
    );
    const legacy = buildUnit({ name: '旧单位' });
    await store.db.units.put(legacy);

    const { units } = await store.repos.network.registry();
    expect(units.find((unit) => unit.id === loaded.id)).toEqual(loaded);
    expect(units.find((unit) => unit.id === legacy.id)).toEqual(legacy);

    // Nothing sent since: both are silent as far back as the alerts look, exactly as before 起报日期 existed.
    const { alerts } = await loadSilenceAlerts(store.repos.network, '2026-03-04T18:00:00+08:00', ZONE);
    expect(alerts.map((alert) => alert.name).sort()).toEqual(['旧单位', '演示单位']);
  });

  it('are counted from their registration day, so a unit registered this week is not alerted for last week', async () => {
    const registered = buildUnit({ name: '新登记单位' });
    const legacy = buildUnit({ name: '旧单位' });
    await store.repos.network.saveRegistry({ units: [registered], reporters: [] }, analyst);
    await store.db.units.put(legacy);
    // Tuesday evening: the registered unit has missed Monday and Tuesday only; the legacy unit has no start.
    const { alerts } = await loadSilenceAlerts(store.repos.network, '2026-03-03T18:00:00+08:00', ZONE);
    expect(alerts.map((alert) => alert.name)).toEqual(['旧单位']);
    const wednesday = await loadSilenceAlerts(store.repos.network, '2026-03-04T18:00:00+08:00', ZONE);
    expect(wednesday.alerts.find((alert) => alert.name === '新登记单位')).toMatchObject({ silentDays: 3, silentSince: '2026-03-02' });
  });

  it('do not get the registration time written back when they are saved', async () => {
    const unit = buildUnit({ name: '东原旗委宣传部' });
    await store.repos.network.saveRegistry({ units: [unit], reporters: [] }, analyst);
    const [read] = (await store.repos.network.registry()).units as [Unit];
    await store.repos.network.saveRegistry({ units: [{ ...read, cutoff: '16:00' }], reporters: [] }, analyst);
    expect(await store.db.units.get(unit.id)).toEqual({ ...unit, cutoff: '16:00' });
  });
});

describe('the 起报日期 in the unit form', () => {
  /** Opens the new-unit form on Wednesday 2026-03-04 at 10:00 Beijing time; returns it and its 起报日期 field. */
  async function openNewUnitFormOnWednesday() {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-03-04T10:00:00+08:00'));
    await refreshRegistry(store.repos);
    const form = await openNewUnitForm();
    return { form, start: within(form).getByLabelText('起报日期') as HTMLInputElement };
  }

  async function openNewUnitForm() {
    render(<RegistryTab />);
    fireEvent.click(screen.getByRole('button', { name: '新建单位' }));
    return screen.findByRole('form', { name: '新建单位' });
  }

  it('starts a new unit on the day it is registered and saves the date the analyst sees', async () => {
    const { form, start } = await openNewUnitFormOnWednesday();
    expect(start.value).toBe('2026-03-04');
    fireEvent.change(within(form).getByLabelText('单位'), { target: { value: '东原旗委宣传部' } });
    fireEvent.click(within(form).getByRole('button', { name: '保存' }));
    await waitFor(() => expect(useUnits.getState().units).toHaveLength(1));
    expect((await store.db.units.toArray())[0]).toMatchObject({ name: '东原旗委宣传部', startDate: '2026-03-04' });
    expect(within(screen.getByTestId('units-table')).getByRole('row', { name: /东原旗委宣传部/ }).textContent).toContain('2026年3月4日');
  });

  it('moves the default to the next day when today’s cut-off has already passed, until the analyst picks a date', async () => {
    const { form, start } = await openNewUnitFormOnWednesday();
    fireEvent.change(within(form).getByLabelText('截止时间'), { target: { value: '09:30' } });
    expect(start.value).toBe('2026-03-05');
    fireEvent.change(start, { target: { value: '2026-03-02' } });
    fireEvent.change(within(form).getByLabelText('截止时间'), { target: { value: '17:00' } });
    expect(start.value).toBe('2026-03-02');
    fireEvent.change(within(form).getByLabelText('单位'), { target: { value: '北岭旗委宣传部' } });
    fireEvent.click(within(form).getByRole('button', { name: '保存' }));
    await waitFor(() => expect(useUnits.getState().units).toHaveLength(1));
    expect((await store.db.units.toArray())[0]).toMatchObject({ cutoff: '17:00', startDate: '2026-03-02' });
  });

  it('shows a stored unit’s registration as its start, fixes it on save, and an emptied field counts every day', async () => {
    const unit = buildUnit({ name: '西坡旗委宣传部' });
    await store.repos.network.saveRegistry({ units: [unit], reporters: [] }, analyst);
    await refreshRegistry(store.repos);
    render(<RegistryTab />);
    const row = within(screen.getByTestId('units-table')).getByRole('row', { name: /西坡旗委宣传部/ });
    expect(row.textContent).toContain('2026年3月2日 （按登记时间）');

    fireEvent.click(screen.getByRole('button', { name: '编辑 西坡旗委宣传部' }));
    let form = await screen.findByRole('form', { name: '编辑单位：西坡旗委宣传部' });
    expect((within(form).getByLabelText('起报日期') as HTMLInputElement).value).toBe('2026-03-02');
    fireEvent.click(within(form).getByRole('button', { name: '保存' }));
    await waitFor(async () => expect((await store.db.units.get(unit.id))?.startDate).toBe('2026-03-02'));
    expect(await store.db.auditLog.orderBy('seq').last()).toMatchObject({
      action: 'units.update',
      before: { startDate: null },
      after: { startDate: '2026-03-02' },
    });

    fireEvent.click(await screen.findByRole('button', { name: '编辑 西坡旗委宣传部' }));
    form = await screen.findByRole('form', { name: '编辑单位：西坡旗委宣传部' });
    fireEvent.change(within(form).getByLabelText('起报日期'), { target: { value: '' } });
    fireEvent.click(within(form).getByRole('button', { name: '保存' }));
    await waitFor(async () => expect(await store.db.units.get(unit.id)).toEqual(unit));
    // Emptied, it falls back to the registration again: the audit log still knows when the unit was registered.
    await waitFor(() =>
      expect(within(screen.getByTestId('units-table')).getByRole('row', { name: /西坡旗委宣传部/ }).textContent).toContain('按登记时间'),
    );
  });

  it('says 不限 for a unit with neither a start nor a registration record', async () => {
    await store.db.units.put(buildUnit({ name: '旧单位' }));
    await refreshRegistry(store.repos);
    render(<RegistryTab />);
    const row = within(screen.getByTestId('units-table')).getByRole('row', { name: /旧单位/ });
    expect(within(row).getByTitle('未设起报日期，也没有登记时间记录：所有日期都计入考核').textContent).toBe('不限');
  });
});
