// Numbered reports and their sign-off chain. Kept apart from types.ts so the report work can
// evolve without touching the shared data model file that every feature imports.

import type { IsoDateTime, Item, RiskLevel, Role, Sentiment, Veracity } from './types';

/** YYYY-MM-DD, a calendar date in the workspace time zone */
export type LocalDate = string;

export const BUILT_IN_SERIES_IDS = ['daily', 'special', 'weekly'] as const;
export type BuiltInSeriesId = (typeof BUILT_IN_SERIES_IDS)[number];

export interface ReportHeading {
  /** 发文机关, e.g. 中共XX委员会宣传部 */
  issuingOrganisation: string;
  /** 报送单位, e.g. 自治区党委宣传部 */
  recipient: string;
}

export interface ReportSeries {
  /** 'daily' | 'special' | 'weekly' for the built-in ones, a uuid for user-defined ones */
  id: string;
  /** 社会舆情日报告, 网络舆情专报, 周报, or the user's own name */
  name: string;
  builtIn: boolean;
  /** the heading a new report of this series starts with */
  heading: ReportHeading;
}

export const REPORT_STATUSES = [
  'draft',
  'inReview',
  'returned',
  'approved',
  'signed',
  'submitted',
  'feedbackRecorded',
  'withdrawn',
] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

export const REPORT_ACTION_TYPES = [
  'submitForReview',
  'return',
  'revise',
  'approve',
  'signOff',
  'submit',
  'recordFeedback',
  'withdraw',
  'edit',
] as const;
export type ReportActionType = (typeof REPORT_ACTION_TYPES)[number];

/** One item as placed in a report: its position is its index in `Report.items`. */
export interface ReportItemEntry {
  itemId: string;
  /** the 研判 paragraph written for this item in this report */
  assessmentText: string;
}

/** Counts keyed by the dimension's value; absent values are counted under UNSPECIFIED_KEY. */
export type CountMap = Record<string, number>;

export interface ReportStatsCounts {
  total: number;
  byKind: CountMap;
  /** an item reported by several feeds counts once for each of them */
  byFeed: CountMap;
  byPlatform: CountMap;
  bySentiment: CountMap;
  byRisk: CountMap;
  byRegion: CountMap;
}

export interface ReportStats extends ReportStatsCounts {
  /** this number minus the previous number of the series; null when there is no previous number */
  change: ReportStatsCounts | null;
}

export interface ReportTransition {
  action: Exclude<ReportActionType, 'edit'>;
  from: ReportStatus;
  to: ReportStatus;
  by: string;
  role: Role;
  at: IsoDateTime;
}

export interface ReportComment {
  at: IsoDateTime;
  by: string;
  role: Role;
  /** the action the comment came with, e.g. 'return' */
  action: ReportActionType;
  text: string;
}

export interface ReportWithdrawal {
  reason: string;
  by: string;
  at: IsoDateTime;
}

export interface ReportSignature {
  profileId: string;
  name: string;
  at: IsoDateTime;
}

/** The masking rule recorded in signed content; see SignedReportContent.accountMasking. */
export type AccountMaskingRule = 'pseudonym-v1';

/** An item as the signer saw it; accounts already masked when the report says so. */
export interface SignedItem extends Pick<
  Item,
  'kind' | 'feeds' | 'platform' | 'title' | 'content' | 'url' | 'account' | 'publishedAt' | 'region' | 'unitId'
> {
  itemId: string;
  sentiment: Sentiment | null;
  risk: RiskLevel | null;
  veracity: Veracity | null;
  category: string | null;
  assessmentText: string;
}

/** Everything the signer saw: the canonical JSON of this is what `lockedHash` covers. */
export interface SignedReportContent {
  reportId: string;
  seriesId: string;
  seriesName: string;
  year: number;
  number: number;
  date: LocalDate;
  heading: ReportHeading;
  overview: string;
  maskAccounts: boolean;
  /**
   * How accounts were masked when maskAccounts is true: 'pseudonym-v1' is the workspace's keyed pseudonym
   * (账号-xxxxxxxx), also in titles, texts and links. Absent on content signed before it existed, whose
   * accounts keep their first and last character (张*三); absent too when nothing is masked, so the hash of
   * unmasked content is what it always was.
   */
  accountMasking?: AccountMaskingRule;
  items: SignedItem[];
  suggestions: string[];
  stats: ReportStats | null;
  signer: ReportSignature;
}

export interface ReportSubmission {
  at: IsoDateTime;
  /** 报送渠道, e.g. 机要交换, 内网邮件 */
  channel: string;
  recipient: string;
  by: string;
}

export interface ItemAdoption {
  itemId: string;
  /** a leader's instruction (批示) came with the adoption */
  instruction: boolean;
  instructionText: string | null;
}

export interface ReportFeedback {
  at: IsoDateTime;
  by: string;
  adoptions: ItemAdoption[];
}

/** What a drafter may change while composing; everything else moves only through the chain. */
export type ReportEdit = Partial<Pick<Report, 'date' | 'heading' | 'overview' | 'items' | 'suggestions' | 'stats' | 'maskAccounts'>>;

export interface Report {
  id: string;
  seriesId: string;
  seriesName: string;
  year: number;
  number: number;
  date: LocalDate;
  status: ReportStatus;
  heading: ReportHeading;
  overview: string;
  items: ReportItemEntry[];
  /** 对策建议, numbered in this order */
  suggestions: string[];
  stats: ReportStats | null;
  /** decided while composing; part of the signed content */
  maskAccounts: boolean;
  transitions: ReportTransition[];
  comments: ReportComment[];
  withdrawal: ReportWithdrawal | null;
  signature: ReportSignature | null;
  signedSnapshot: SignedReportContent | null;
  /** sha256Hex(canonicalJson(signedSnapshot)), set on sign-off */
  lockedHash: string | null;
  submission: ReportSubmission | null;
  feedback: ReportFeedback[];
  createdBy: string;
  createdAt: IsoDateTime;
  updatedAt: IsoDateTime;
}
