// Message keys of the data model's codes, so every view names them the same way.
import type { ActionType, Feed, ItemKind, ItemStatus, RiskLevel, Sentiment, Veracity } from '../../shared/domain/types';
import type { PlainMessageKey } from '../i18n';

export const kindKey = (kind: ItemKind): PlainMessageKey => `kind.${kind}`;
export const feedKey = (feed: Feed): PlainMessageKey => `triage.feed.${feed}`;
export const sentimentKey = (sentiment: Sentiment): PlainMessageKey => `triage.sentiment.${sentiment}`;
export const riskKey = (risk: RiskLevel): PlainMessageKey => `triage.risk.${risk}`;
export const veracityKey = (veracity: Veracity): PlainMessageKey => `triage.veracity.${veracity}`;
export const statusKey = (status: ItemStatus): PlainMessageKey => `triage.status.${status}`;
/** What names an item in a list: its title, or the start of its content (reposts often have no title). */
export function itemHeadline(item: { title: string | null; content: string | null }, untitled: string): string {
  if (item.title) return item.title;
  const content = (item.content ?? '').replace(/\s+/g, ' ').trim();
  if (content === '') return untitled;
  return content.length > 32 ? `${content.slice(0, 32)}…` : content;
}

export const actionTypeKey = (type: ActionType): PlainMessageKey => `triage.action.${type}`;
