import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Report } from '../../../shared/domain/report-types';
import type { Item } from '../../../shared/domain/types';
import { verifyPack } from '../../../shared/export/pack';
import { reportPrintHtml } from '../../../shared/report/print-html';
import { contentHash, signedContent } from '../../../shared/report/signed-content';
import type { DeskDatabase, Repositories } from '../../../renderer/db';
import { ReportPackButton } from '../../../renderer/features/pack/ReportPackButton';
import { useExport } from '../../../renderer/features/pack/export-store';
import { useLocaleStore } from '../../../renderer/i18n';
import { buildItem, resetBuilderSequence } from '../../builders';
import { buildReport } from '../../unit/report/builders';
import { analyst, openTestStore } from '../db/harness';

// The browser host: the pack is downloaded as one zip. jsdom has no canvas, so charts are drawn as SVG only.
const host = vi.hoisted(() => ({
  saved: [] as { suggestedName: string; bytes: Uint8Array }[],
}));
vi.mock('../../../renderer/platform', () => ({
  platform: () => ({
    capabilities: { realFolders: false, pdfBytes: false },
    appInfo: () => Promise.resolve({ version: '0.1.0-test' }),
    saveFile: (options: { suggestedName: string; bytes: Uint8Array }) => {
      host.saved.push(options);
      return Promise.resolve({ saved: true });
    },
  }),
}));
vi.mock('../../../renderer/charts/stats-render', async () => {
  const { optionSvgBytes } = await import('../../../renderer/charts/export');
  const size = { width: 1000, height: 560 };
  return {
    PACK_CHART_SIZE: size,
    renderChartFiles: (option: Parameters<typeof optionSvgBytes>[0]) => ({ svg: optionSvgBytes(option, size, 'zh-CN'), png: null }),
  };
});

let db: DeskDatabase;
let repos: Repositories;
let items: Item[];

function signed(report: Report): Report {
  const signer = { profileId: 'p-signer', name: '王签发', at: '2026-03-02T10:00:00+08:00' };
  const snapshot = signedContent(report, items, signer);
  return { ...report, status: 'signed', signature: signer, signedSnapshot: snapshot, lockedHash: contentHash(snapshot) };
}

beforeAll(() => {
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
});

beforeEach(async () => {
  resetBuilderSequence();
  host.saved = [];
  useExport.setState({ running: null, step: null, fraction: 0, outcome: null });
  useLocaleStore.setState({ locale: 'zh-CN', timeZone: 'Asia/Shanghai' });
  ({ db, repos } = await openTestStore('report-pack-button'));
  items = [buildItem({ title: '某小区停水' }), buildItem({ title: '网传某地发生疫情' })];
  await repos.items.bulkAdd(items, analyst);
});

afterEach(() => {
  cleanup();
  db.close();
});

const draft = () =>
  buildReport({ items: items.map((item) => ({ itemId: item.id, assessmentText: '已核实。' })), suggestions: ['及时辟谣'] });

describe('the briefing pack button of a report', () => {
  it('is not offered before sign-off', () => {
    render(<ReportPackButton repositories={repos} report={draft()} />);
    expect(screen.queryByRole('button', { name: '导出简报包' })).toBeNull();
  });

  it('downloads the pack of a signed report as a zip that verifies with its report hash', async () => {
    const report = signed(draft());
    render(<ReportPackButton repositories={repos} report={report} />);
    fireEvent.click(screen.getByRole('button', { name: '导出简报包' }));
    await waitFor(() => expect(screen.getByTestId('export-outcome').textContent).toContain('已下载'), { timeout: 20_000 });
    const [download] = host.saved;
    expect(download?.suggestedName).toBe('社会舆情日报告2026年第12期简报包.zip');
    const files = Object.entries(unzipSync(download?.bytes ?? new Uint8Array())).map(([path, bytes]) => ({ path, bytes }));
    expect(verifyPack(files)).toMatchObject({ ok: true, reportHashOk: true, missing: [], extra: [] });
    // report.html is the signed report as its page prints it, with its 对策建议
    const html = strFromU8(files.find((file) => file.path.endsWith('/report.html'))?.bytes ?? new Uint8Array());
    expect(html).toBe(reportPrintHtml(report.signedSnapshot as NonNullable<Report['signedSnapshot']>));
    expect(html).toContain('及时辟谣');
  });

  it('says so and saves nothing when the report no longer matches its signed hash', async () => {
    const report = signed(draft());
    const tampered = { ...report, lockedHash: 'ab'.repeat(32) };
    render(<ReportPackButton repositories={repos} report={tampered} />);
    fireEvent.click(screen.getByRole('button', { name: '导出简报包' }));
    await waitFor(() => expect(screen.getByTestId('export-outcome').textContent).toBe('报告内容与签发时的哈希不一致，不能导出简报包。'));
    expect(host.saved).toEqual([]);
  });
});
