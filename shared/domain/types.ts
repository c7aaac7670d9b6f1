// The data model of the desk. Identifiers follow the domain glossary (the Chinese words analysts use).

export const ITEM_KINDS = ['social', 'online'] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

export const FEEDS = ['cac', 'police', 'grid', 'staff', 'acquaintance', 'search', 'other'] as const;
export type Feed = (typeof FEEDS)[number];

export const SENTIMENTS = ['positive', 'neutral', 'negative'] as const;
export type Sentiment = (typeof SENTIMENTS)[number];

/** 1 一般 · 2 较大 · 3 重大 · 4 特别重大 */
export const RISK_LEVELS = [1, 2, 3, 4] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];
/**
 * How offices list the levels: Ⅰ级（特别重大） first, Ⅳ级（一般） last. The stored numbers keep rising with
 * severity, so signed reports, backups and comparisons read the same; only the order shown changes.
 */
export const RISK_LEVELS_BY_SEVERITY = [4, 3, 2, 1] as const satisfies readonly RiskLevel[];

export const VERACITIES = ['unverified', 'true', 'partlyFalse', 'false', 'rumour'] as const;
export type Veracity = (typeof VERACITIES)[number];

export const ITEM_STATUSES = ['new', 'assessed', 'handling', 'closed'] as const;
export type ItemStatus = (typeof ITEM_STATUSES)[number];

export const ACTION_TYPES = ['assess', 'contain', 'refute', 'guide'] as const;
export type ActionType = (typeof ACTION_TYPES)[number];

export const SPREAD_EDGE_TYPES = ['repost', 'quote', 'copy', 'cross-platform'] as const;
export type SpreadEdgeType = (typeof SPREAD_EDGE_TYPES)[number];

export const ROLES = ['drafter', 'reviewer', 'signer'] as const;
export type Role = (typeof ROLES)[number];

/** ISO 8601 with offset, e.g. 2020-02-03T14:05:00+08:00 */
export type IsoDateTime = string;

export interface Metrics {
  reposts: number | null;
  comments: number | null;
  likes: number | null;
  views: number | null;
}

export interface Assessment {
  sentiment: Sentiment | null;
  risk: RiskLevel | null;
  veracity: Veracity | null;
  category: string | null;
  assessedBy: string | null;
  assessedAt: IsoDateTime | null;
}

export interface ItemAction {
  id: string;
  type: ActionType;
  at: IsoDateTime;
  by: string;
  note: string;
}

export interface Provenance {
  batchId: string | null;
  feed: Feed;
  file: string | null;
  sheet: string | null;
  row: number | null;
  reportedAt: IsoDateTime;
}

export interface Item {
  id: string;
  kind: ItemKind;
  /** every feed that reported it, first one first */
  feeds: Feed[];
  platform: string | null;
  title: string | null;
  content: string | null;
  url: string | null;
  account: string | null;
  publishedAt: IsoDateTime | null;
  /** when a unit sent it to us: what lateness is measured by */
  reportedAt: IsoDateTime;
  /** when it entered the store */
  capturedAt: IsoDateTime;
  region: string | null;
  unitId: string | null;
  reporterId: string | null;
  metrics: Metrics;
  tags: string[];
  eventId: string | null;
  assessment: Assessment;
  status: ItemStatus;
  actions: ItemAction[];
  notOpinion: boolean;
  fingerprint: string | null;
  simhash: string | null;
  provenance: Provenance[];
  externalId: string | null;
  rootExternalId: string | null;
  parentExternalId: string | null;
  /** 预警: set when a watch rule marked it (shared/watch), the highest level of the rules that did */
  alert?: ItemAlertMark;
  /** every watch rule that has fired on it: a rule acts on an item once, not again at each edit */
  watchRuleIds?: string[];
  /** ids the analyst marked 不是重复 (not a duplicate of this item), so they are not suggested again */
  notDuplicateOf?: string[];
  createdAt: IsoDateTime;
  updatedAt: IsoDateTime;
  rev: number;
}

/** 1 一般 · 2 较大 · 3 重大, numbered as risk levels are. */
export const ALERT_LEVELS = [1, 2, 3] as const;
export type AlertLevel = (typeof ALERT_LEVELS)[number];

/** The 预警 mark a watch rule puts on an item. */
export interface ItemAlertMark {
  level: AlertLevel;
  /** the rules that marked it, first first */
  ruleIds: string[];
  at: IsoDateTime;
}

export interface SpreadEdge {
  id: string;
  from: string;
  to: string;
  type: SpreadEdgeType;
  at: IsoDateTime | null;
  note: string;
  createdBy: string;
}

export interface OpinionEvent {
  id: string;
  name: string;
  description: string;
  createdAt: IsoDateTime;
  updatedAt: IsoDateTime;
}

export interface Tag {
  /** full hierarchical path, e.g. 疫情防控/物资供应 */
  path: string;
  color: string;
  createdAt: IsoDateTime;
}

export interface Refutation {
  id: string;
  title: string;
  publisher: string;
  channel: string;
  url: string | null;
  publishedAt: IsoDateTime;
  itemIds: string[];
  createdAt: IsoDateTime;
}

export const UNIT_CADENCES = ['daily', 'workingDays', 'onEvents'] as const;
export type UnitCadence = (typeof UNIT_CADENCES)[number];

export interface Unit {
  id: string;
  name: string;
  parentId: string | null;
  cadence: UnitCadence;
  /** HH:mm in the workspace time zone */
  cutoff: string;
  active: boolean;
  /**
   * 起报日期, YYYY-MM-DD in the workspace time zone: the first day the unit is expected to report. Absent on
   * units stored before it existed (see shared/network/start-date.ts for what stands in for it).
   */
  startDate?: string;
  /** When the unit was first registered, as the audit log recorded it; read, for units without a startDate. */
  registeredAt?: IsoDateTime;
}

export interface Reporter {
  id: string;
  name: string;
  unitId: string;
  /** 信息员, 网格员, 干部 … */
  role: string;
  active: boolean;
}

export interface Profile {
  id: string;
  name: string;
  role: Role;
  /** salted SHA-256 of the PIN, never the PIN itself */
  pinHash: string | null;
  createdAt: IsoDateTime;
}

export interface ImportBatch {
  id: string;
  startedAt: IsoDateTime;
  finishedAt: IsoDateTime | null;
  state: 'running' | 'complete' | 'incomplete' | 'cancelled' | 'undone';
  files: string[];
  feed: Feed;
  kind: ItemKind;
  createdItemIds: string[];
  mergedItemIds: string[];
  counts: { accepted: number; merged: number; suspected: number; warnings: number; rejected: number; skipped: number };
  actor: string;
}

export interface AuditEntry {
  seq: number;
  at: IsoDateTime;
  actor: string;
  action: string;
  /** table:id, or table:* with `items` listing the ids of a bulk write */
  target: string;
  items?: string[];
  before: unknown;
  after: unknown;
  prevHash: string;
  hash: string;
}

export interface Setting {
  key: string;
  value: unknown;
}
