import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useDesk } from '../../../renderer/workspace/desk';
import { StatsPage } from '../../../renderer/features/stats/StatsPage';
import { StatsExportPanel } from '../../../renderer/features/pack/StatsExportPanel';
import { openTestStore, type TestStore } from '../db/harness';

describe('the 统计 page on an empty workspace', () => {
  let store: TestStore;
  beforeEach(async () => {
    store = await openTestStore('stats-page');
    useDesk.setState({ phase: 'ready', repositories: store.repos, profile: null, error: null });
  });
  afterEach(() => {
    cleanup();
    store.db.close();
  });

  it('says why there is nothing to count and what to do, and offers no export of nothing', async () => {
    render(<StatsPage ExportPanel={StatsExportPanel} />);
    expect(await screen.findByRole('heading', { name: '所选期间内没有条目' })).toBeTruthy();
    expect(screen.getByTestId('stats-empty').textContent).toContain('导入');
    expect(screen.getByRole('button', { name: '近7天' }).getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByTestId('stats-total').textContent).toContain('0');
    await waitFor(() => expect((screen.getByRole('button', { name: '导出简报包' }) as HTMLButtonElement).disabled).toBe(true));
    expect((screen.getByRole('button', { name: '导出 Excel' }) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.queryByTestId('stats-chart-trend')).toBeNull();
  });
});
