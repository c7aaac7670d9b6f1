import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { SchemePanel } from '../../../renderer/features/units/SchemePanel';
import { type TestStore } from '../db/harness';
import { recordStoreChanges, useDeskStore } from '../desk-store';

let store: TestStore;

useDeskStore('units-scheme-panel', (opened) => (store = opened));
const changes = recordStoreChanges();

afterEach(() => cleanup());

const summary = () => screen.getByTestId('scheme-panel').querySelector('summary')?.textContent ?? '';

describe('the points scheme beside the scores', () => {
  it('names the scheme the scores were counted with, not edits still unsaved, and saves a change audited', async () => {
    render(<SchemePanel />);
    await waitFor(() => expect(summary()).toContain('报送 1 · 采用 3 · 领导批示 5 · 迟报 -1 · 漏报 -2 · 连续 3 个应报日未报送预警'));

    fireEvent.change(screen.getByLabelText('迟报一天'), { target: { value: '-2' } });
    expect(summary()).toContain('迟报 -1');

    fireEvent.change(screen.getByLabelText('沉默预警：连续未报应报日数'), { target: { value: '0' } });
    expect((screen.getByRole('button', { name: '保存计分规则' }) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByText('分值须为数字；预警天数须为 1–60 的整数。')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('沉默预警：连续未报应报日数'), { target: { value: '4' } });

    fireEvent.click(screen.getByRole('button', { name: '保存计分规则' }));
    await screen.findByText('已保存，得分已按新规则重算。');
    expect(summary()).toContain('迟报 -2 · 漏报 -2 · 连续 4 个应报日未报送预警');
    expect(await store.repos.network.pointsScheme()).toMatchObject({ late: -2, missing: -2 });
    expect(await store.repos.network.silenceThreshold()).toBe(4);
    // The dashboard and the alerts watch the settings: the saved scheme is a change to them.
    expect(changes.filter((change) => change.tables.includes('settings')).length).toBeGreaterThan(0);
  });
});
