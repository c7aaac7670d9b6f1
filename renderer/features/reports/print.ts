import type { Report } from '../../../shared/domain/report-types';
import type { Item } from '../../../shared/domain/types';
import type { AccountMasker } from '../../../shared/export/masking';
import { issueLabel } from '../../../shared/report/series';
import { signedContent } from '../../../shared/report/signed-content';
import { reportPrintHtml, type PrintableReport } from '../../../shared/report/print-html';
import { platform } from '../../platform';

/**
 * What goes on paper: once signed, exactly the signed snapshot (never the live items, which may have
 * changed since); before that, the working content with the page marked as not signed.
 */
export function printableOf(report: Report, items: ReadonlyMap<string, Item>, accountMasker: AccountMasker | null = null): PrintableReport {
  if (report.signedSnapshot) return report.signedSnapshot;
  const present = { ...report, items: report.items.filter((entry) => items.has(entry.itemId)) };
  // With masking chosen, the workspace's pseudonyms that sign-off will seal (signedContent refuses without them).
  const content = signedContent(present, items, { profileId: '', name: '', at: report.updatedAt }, accountMasker);
  return { ...content, signer: null };
}

/** Electron saves a PDF (null when the analyst cancels the save); the browser opens its print dialog. */
export async function printReport(
  report: Report,
  items: ReadonlyMap<string, Item>,
  accountMasker: AccountMasker | null,
): Promise<'saved' | 'dialog' | 'cancelled'> {
  const host = platform();
  const pdf = await host.printToPdf({ html: reportPrintHtml(printableOf(report, items, accountMasker)) });
  if (pdf === null) return 'dialog';
  const bytes = new Uint8Array(pdf.byteLength);
  bytes.set(pdf);
  const saved = await host.saveFile({ suggestedName: `${report.seriesName}${issueLabel(report.year, report.number)}.pdf`, bytes });
  return saved.saved ? 'saved' : 'cancelled';
}
