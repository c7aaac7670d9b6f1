// Message keys of the data model's codes, so every view names them the same way.
import type { ActionType, Feed, ItemKind, ItemStatus, RiskLevel, Sentiment, Veracity } from '../../../../shared/domain/types';
import type { MessageKey } from '../../../i18n';

export const kindKey = (kind: ItemKind) => `kind.${kind}` as MessageKey;
export const feedKey = (feed: Feed) => `triage.feed.${feed}` as MessageKey;
export const sentimentKey = (sentiment: Sentiment) => `triage.sentiment.${sentiment}` as MessageKey;
export const riskKey = (risk: RiskLevel) => `triage.risk.${risk}` as MessageKey;
export const veracityKey = (veracity: Veracity) => `triage.veracity.${veracity}` as MessageKey;
export const statusKey = (status: ItemStatus) => `triage.status.${status}` as MessageKey;
export const actionTypeKey = (type: ActionType) => `triage.action.${type}` as MessageKey;
