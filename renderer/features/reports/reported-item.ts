import type { Report } from '../../../shared/domain/report-types';
import type { Item } from '../../../shared/domain/types';
import { maskAccountFields, type AccountMasker } from '../../../shared/export/masking';

/**
 * An item as the report shows it. Once signed, the signed snapshot's text (what was sealed, whatever the item
 * says now). Before, what sign-off would seal: with masking chosen, the workspace's pseudonyms in the account
 * and wherever the title, text or link spells it out — and no account at all until those are loaded, so the
 * page never shows one that will not be signed.
 */
export function reportedItem(
  report: Pick<Report, 'maskAccounts' | 'signedSnapshot'>,
  item: Item | undefined,
  masker: AccountMasker | null,
): Item | undefined {
  if (!item) return undefined;
  const signed = report.signedSnapshot?.items.find((entry) => entry.itemId === item.id);
  if (signed) return { ...item, title: signed.title, content: signed.content, url: signed.url, account: signed.account };
  if (!report.maskAccounts) return item;
  return masker ? maskAccountFields(item, masker) : { ...item, account: null };
}
