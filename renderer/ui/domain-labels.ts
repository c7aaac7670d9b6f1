// Message keys of the data model's codes, so every view names them the same way.
import type { ActionType, Feed, ItemKind, ItemStatus, RiskLevel, Sentiment, Veracity } from '../../shared/domain/types';
import type { MessageKey } from '../i18n';

export const kindKey = (kind: ItemKind): MessageKey => `kind.${kind}`;
export const feedKey = (feed: Feed): MessageKey => `triage.feed.${feed}`;
export const sentimentKey = (sentiment: Sentiment): MessageKey => `triage.sentiment.${sentiment}`;
export const riskKey = (risk: RiskLevel): MessageKey => `triage.risk.${risk}`;
export const veracityKey = (veracity: Veracity): MessageKey => `triage.veracity.${veracity}`;
export const statusKey = (status: ItemStatus): MessageKey => `triage.status.${status}`;
/** What names an item in a list: its title, or the start of its content (reposts often have no title). */
export function itemHeadline(item: { title: string | null; content: string | null }, untitled: string): string {
  if (item.title) return item.title;
  const content = (item.content ?? '').replace(/\s+/g, ' ').trim();
  if (content === '') return untitled;
  return content.length > 32 ? `${content.slice(0, 32)}…` : content;
}

export const actionTypeKey = (type: ActionType): MessageKey => `triage.action.${type}`;
