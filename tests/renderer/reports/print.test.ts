import { describe, expect, it, vi } from 'vitest';
import type { Report } from '../../../shared/domain/report-types';
import type { Item } from '../../../shared/domain/types';
import { createAccountMasker } from '../../../shared/export/masking';
import { applyReportAction } from '../../../shared/report/state-machine';
import { reportPrintHtml } from '../../../shared/report/print-html';
import { MissingAccountMaskerError } from '../../../shared/report/signed-content';
import { reportErrorsZh } from '../../../renderer/app/catalog/errors/report';
import { printableOf, printReport } from '../../../renderer/features/reports/print';
import { buildItem, resetBuilderSequence } from '../../builders';
import { buildReport } from '../../builders/report';

const NOW = '2026-03-02T17:00:00+08:00';
const MASK = createAccountMasker('workspace-secret');

// The host the report is printed on, swapped per test: Electron returns PDF bytes, the browser opens its dialog.
const host = vi.hoisted(() => ({
  printToPdf: (_options: { html: string }): Promise<Uint8Array | null> => Promise.resolve(null),
  saveFile: (_options: { suggestedName: string; bytes: Uint8Array }): Promise<{ saved: boolean }> => Promise.resolve({ saved: false }),
}));
vi.mock('../../../renderer/platform', () => ({ platform: () => host }));

/** An approved report of no items yet, accounts masked, as it reaches the signer. */
function buildDraft(overrides: Partial<Report> = {}): Report {
  return buildReport({
    number: 3,
    status: 'approved',
    items: [],
    stats: null,
    maskAccounts: true,
    createdAt: NOW,
    updatedAt: NOW,
    ...overrides,
  });
}

/** An approved report holding `item`, signed off by 赵部长. */
function signedWith(item: Item): Report {
  const signed = applyReportAction(
    buildDraft({ items: [{ itemId: item.id, assessmentText: '需关注' }] }),
    { type: 'signOff', signerName: '赵部长', items: [item], maskAccount: MASK },
    { profileId: 'p-signer', role: 'signer' },
    NOW,
  );
  if (!signed.ok) throw new Error(signed.message);
  return signed.report;
}

describe('what goes on paper', () => {
  it('prints a signed report from its snapshot, not from the items as they are now', () => {
    resetBuilderSequence();
    const item = buildItem({ title: '签发时的标题', account: '张三丰' });
    const later = new Map([[item.id, { ...item, title: '签发后改过的标题' }]]);
    const html = reportPrintHtml(printableOf(signedWith(item), later));
    expect(html).toContain('签发时的标题');
    expect(html).not.toContain('签发后改过的标题');
    expect(html).toContain(`账号：${MASK('张三丰')}`);
    expect(html).toContain('签发：赵部长');
  });

  it('prints a draft from the live items, marked as not signed, leaving out items no longer in the store', () => {
    resetBuilderSequence();
    const item = buildItem({ title: '仍在工作台的条目' });
    const draft = buildDraft({
      status: 'draft',
      items: [
        { itemId: item.id, assessmentText: '' },
        { itemId: 'gone', assessmentText: '' },
      ],
    });
    const printable = printableOf(draft, new Map([[item.id, item]]), MASK);
    expect(printable.signer).toBeNull();
    expect(printable.items.map((entry) => entry.itemId)).toEqual([item.id]);
    expect(reportPrintHtml(printable)).toContain('未签发 · 仅供审阅，不得报送');
  });

  it('previews a masked draft with the pseudonyms sign-off will seal, and refuses to preview it without them', () => {
    resetBuilderSequence();
    const item = buildItem({ title: '网友张三丰称停水', account: '张三丰' });
    const draft = buildDraft({ items: [{ itemId: item.id, assessmentText: '需关注' }] });
    const items = new Map([[item.id, item]]);
    const preview = reportPrintHtml(printableOf(draft, items, MASK));
    const sealed = signedWith(item).signedSnapshot!;
    expect(preview).toContain(`账号：${MASK('张三丰')}`);
    expect(preview).toContain(`网友${MASK('张三丰')}称停水`);
    expect(preview).not.toContain('张三丰');
    expect(printableOf(draft, items, MASK).items).toEqual(sealed.items);
    expect(() => printableOf(draft, items, null)).toThrow(MissingAccountMaskerError);
    expect(reportErrorsZh['error.report.maskerRequired']).toContain('脱敏密钥');
  });
});

describe('printing on each host', () => {
  function signedReport() {
    resetBuilderSequence();
    const item = buildItem({ title: '供水中断引发议论' });
    return { report: signedWith(item), items: new Map([[item.id, item]]) };
  }

  it('saves the PDF Electron printed from the report’s page, named after the series and number', async () => {
    const { report, items } = signedReport();
    const pdf = new Uint8Array([37, 80, 68, 70, 45]);
    const printed: string[] = [];
    const saved: Array<{ suggestedName: string; bytes: Uint8Array }> = [];
    host.printToPdf = ({ html }) => {
      printed.push(html);
      return Promise.resolve(pdf);
    };
    host.saveFile = (options) => {
      saved.push(options);
      return Promise.resolve({ saved: true });
    };
    expect(await printReport(report, items, null)).toBe('saved');
    expect(printed).toEqual([reportPrintHtml(printableOf(report, items))]);
    expect(saved.map((entry) => [entry.suggestedName, [...entry.bytes]])).toEqual([['社会舆情日报告2026年第3期.pdf', [...pdf]]]);

    host.saveFile = () => Promise.resolve({ saved: false });
    expect(await printReport(report, items, null)).toBe('cancelled');
  });

  it('leaves the browser’s print dialog to do the printing and saves nothing itself', async () => {
    const { report, items } = signedReport();
    const saved: unknown[] = [];
    host.printToPdf = () => Promise.resolve(null);
    host.saveFile = (options) => {
      saved.push(options);
      return Promise.resolve({ saved: true });
    };
    expect(await printReport(report, items, null)).toBe('dialog');
    expect(saved).toEqual([]);
  });
});
