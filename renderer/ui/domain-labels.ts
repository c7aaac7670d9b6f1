// Message keys of the data model's codes, so every view names them the same way.
import type { ActionType, Feed, ItemKind, ItemStatus, RiskLevel, Sentiment, Veracity } from '../../shared/domain/types';
import type { MessageKey } from '../i18n';

export const kindKey = (kind: ItemKind) => `kind.${kind}` as MessageKey;
export const feedKey = (feed: Feed) => `triage.feed.${feed}` as MessageKey;
export const sentimentKey = (sentiment: Sentiment) => `triage.sentiment.${sentiment}` as MessageKey;
export const riskKey = (risk: RiskLevel) => `triage.risk.${risk}` as MessageKey;
export const veracityKey = (veracity: Veracity) => `triage.veracity.${veracity}` as MessageKey;
export const statusKey = (status: ItemStatus) => `triage.status.${status}` as MessageKey;
/** What names an item in a list: its title, or the start of its content (reposts often have no title). */
export function itemHeadline(item: { title: string | null; content: string | null }, untitled: string): string {
  if (item.title) return item.title;
  const content = (item.content ?? '').replace(/\s+/g, ' ').trim();
  if (content === '') return untitled;
  return content.length > 32 ? `${content.slice(0, 32)}…` : content;
}

export const actionTypeKey = (type: ActionType) => `triage.action.${type}` as MessageKey;
