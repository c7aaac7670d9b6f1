import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RegistryTab } from '../../../renderer/features/units/RegistryTab';
import { refreshRegistry, useUnits } from '../../../renderer/features/units/units-store';
import { type TestStore } from '../db/harness';
import { useDeskStore } from '../desk-store';

let store: TestStore;

useDeskStore('units-registry-by-hand', (opened) => (store = opened));

beforeEach(async () => {
  useUnits.setState({ units: [], reporters: [] });
  await refreshRegistry(store.repos);
});

afterEach(() => cleanup());

async function newUnit(name: string, parent?: string): Promise<void> {
  fireEvent.click(screen.getByRole('button', { name: '新建单位' }));
  const form = await screen.findByRole('form', { name: '新建单位' });
  fireEvent.change(within(form).getByLabelText('单位'), { target: { value: name } });
  if (parent)
    fireEvent.change(within(form).getByLabelText('上级单位'), {
      target: { value: useUnits.getState().units.find((unit) => unit.name === parent)!.id },
    });
  fireEvent.click(within(form).getByRole('button', { name: '保存' }));
  await waitFor(() => expect(useUnits.getState().units.map((unit) => unit.name)).toContain(name));
}

describe('the registry by hand', () => {
  it('creates units under their parent and a reporter in a unit, active, each write audited', async () => {
    render(<RegistryTab />);
    await newUnit('青川盟委宣传部');
    await newUnit('东原旗委宣传部', '青川盟委宣传部');

    fireEvent.click(screen.getByRole('button', { name: '新建信息员' }));
    const form = await screen.findByRole('form', { name: '新建信息员' });
    fireEvent.change(within(form).getByLabelText('姓名'), { target: { value: '张秀英' } });
    const east = useUnits.getState().units.find((unit) => unit.name === '东原旗委宣传部')!;
    fireEvent.change(within(form).getByLabelText('所属单位'), { target: { value: east.id } });
    fireEvent.click(within(form).getByRole('button', { name: '保存' }));
    await waitFor(() => expect(useUnits.getState().reporters).toHaveLength(1));

    const { units, reporters } = await store.repos.network.registry();
    const city = units.find((unit) => unit.name === '青川盟委宣传部')!;
    expect(units.find((unit) => unit.name === '东原旗委宣传部')).toMatchObject({ parentId: city.id, cutoff: '17:00', active: true });
    expect(reporters[0]).toMatchObject({ name: '张秀英', unitId: east.id, active: true });
    expect((await store.db.auditLog.orderBy('seq').toArray()).map((entry) => entry.action)).toEqual([
      'units.create',
      'units.create',
      'reporters.create',
    ]);
    // The hierarchy shows: the banner is listed under the league.
    const rows = within(screen.getByTestId('units-table'))
      .getAllByRole('row')
      .map((row) => row.textContent ?? '');
    expect(rows.findIndex((text) => text.includes('东原旗委宣传部'))).toBeGreaterThan(
      rows.findIndex((text) => text.includes('青川盟委宣传部')),
    );
  });

  it('shows one form at a time: opening the other or an edit replaces it, and a saved edit closes it', async () => {
    render(<RegistryTab />);
    await newUnit('青川盟委宣传部');
    await waitFor(() => expect(screen.queryByRole('form', { name: '新建单位' })).toBeNull());

    fireEvent.click(screen.getByRole('button', { name: '新建单位' }));
    await screen.findByRole('form', { name: '新建单位' });
    fireEvent.click(screen.getByRole('button', { name: '新建信息员' }));
    const reporterForm = await screen.findByRole('form', { name: '新建信息员' });
    expect(screen.queryByRole('form', { name: '新建单位' })).toBeNull();
    expect((within(reporterForm).getByRole('button', { name: '保存' }) as HTMLButtonElement).disabled).toBe(true);
    expect(reporterForm.textContent).toContain('请填写名称');

    fireEvent.click(screen.getByRole('button', { name: '编辑 青川盟委宣传部' }));
    const editForm = await screen.findByRole('form', { name: '编辑单位：青川盟委宣传部' });
    expect(screen.queryByRole('form', { name: '新建信息员' })).toBeNull();
    fireEvent.click(within(editForm).getByLabelText('参加考核'));
    fireEvent.click(within(editForm).getByRole('button', { name: '保存' }));
    await waitFor(() => expect(useUnits.getState().units[0]?.active).toBe(false));
    await waitFor(() => expect(screen.queryByRole('form', { name: '编辑单位：青川盟委宣传部' })).toBeNull());

    fireEvent.click(screen.getByRole('button', { name: '新建信息员' }));
    const again = await screen.findByRole('form', { name: '新建信息员' });
    fireEvent.click(within(again).getByRole('button', { name: '取消' }));
    expect(screen.queryByRole('form')).toBeNull();
  });
});
