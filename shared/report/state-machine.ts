import type { ItemAdoption, Report, ReportActionType, ReportEdit, ReportStatus, ReportTransition } from '../domain/report-types';
import type { IsoDateTime, Item, Role } from '../domain/types';
import { isLocalDate } from '../time';
import { isInstant } from '../time';
import type { AccountMasker } from '../export/masking';
import { headingGaps } from './series';
import { contentHash, signedContent } from './signed-content';
import { ReportError, type ReportErrorCode } from './errors';
import type { ErrorParams } from '../errors';

export type ReportAction =
  | { type: 'submitForReview'; comment?: string }
  | { type: 'return'; comment: string }
  | { type: 'revise' }
  | { type: 'approve'; comment?: string }
  | {
      type: 'signOff';
      signerName: string;
      items: ReadonlyMap<string, Item> | readonly Item[];
      /** the workspace's keyed pseudonyms; required when the report masks accounts (see signedContent) */
      maskAccount?: AccountMasker | null;
    }
  | { type: 'submit'; channel: string; recipient: string; at?: IsoDateTime }
  | { type: 'recordFeedback'; adoptions: ItemAdoption[]; at?: IsoDateTime }
  | { type: 'withdraw'; reason: string }
  | { type: 'edit'; changes: ReportEdit };

export interface ReportActor {
  profileId: string;
  role: Role;
}

export type ReportActionErrorCode =
  | 'withdrawn'
  | 'frozen'
  | 'illegalTransition'
  | 'wrongRole'
  | 'commentRequired'
  | 'reasonRequired'
  | 'invalidInput'
  | 'itemsMissing'
  | 'unknownItem';

/**
 * A refusal: `code` is the kind of refusal callers branch on, `error` the precise reason with its values, for
 * the reader's words; `message` is the reason's English line for logs.
 */
export type ReportActionRefusal = { ok: false; code: ReportActionErrorCode; message: string; error: ReportError };

export type ReportActionResult = { ok: true; report: Report } | ReportActionRefusal;

interface Rule {
  from: readonly ReportStatus[];
  roles: readonly Role[];
  to: ReportStatus;
}

// The whole chain in one table, so the UI can ask `allowedActions` and never duplicate these rules.
// Editing a returned report makes it a draft again: the reviewer's comments are being worked in.
export const REPORT_RULES: Readonly<Record<ReportActionType, Rule>> = {
  submitForReview: { from: ['draft'], roles: ['drafter'], to: 'inReview' },
  return: { from: ['inReview'], roles: ['reviewer'], to: 'returned' },
  revise: { from: ['returned'], roles: ['drafter'], to: 'draft' },
  approve: { from: ['inReview'], roles: ['reviewer'], to: 'approved' },
  signOff: { from: ['approved'], roles: ['signer'], to: 'signed' },
  submit: { from: ['signed'], roles: ['drafter', 'signer'], to: 'submitted' },
  recordFeedback: { from: ['submitted', 'feedbackRecorded'], roles: ['drafter'], to: 'feedbackRecorded' },
  withdraw: { from: ['draft', 'inReview', 'returned', 'approved'], roles: ['drafter', 'reviewer'], to: 'withdrawn' },
  edit: { from: ['draft', 'returned'], roles: ['drafter'], to: 'draft' },
};

const SIGNED_STATES: readonly ReportStatus[] = ['signed', 'submitted', 'feedbackRecorded'];

/** The actions a person in this role may take on the report now, for menus and buttons. */
export function allowedActions(status: ReportStatus, role: Role): ReportActionType[] {
  return (Object.keys(REPORT_RULES) as ReportActionType[]).filter((type) => {
    const rule = REPORT_RULES[type];
    return rule.from.includes(status) && rule.roles.includes(role);
  });
}

function refuse(code: ReportActionErrorCode, reason: ReportErrorCode, params: ErrorParams = {}): ReportActionResult {
  const error = new ReportError(reason, params);
  return { ok: false, code, message: error.message, error };
}

/**
 * The only way a report changes. Pure: returns a new report or a coded refusal, and
 * never touches the one passed in. Checks run in a fixed order — state, then role, then input — so the
 * reason given is the most fundamental one.
 */
export function applyReportAction(report: Report, action: ReportAction, actor: ReportActor, now: IsoDateTime): ReportActionResult {
  const rule = REPORT_RULES[action.type];
  if (report.status === 'withdrawn') return refuse('withdrawn', 'report.withdrawn', { action: action.type });
  if (!rule.from.includes(report.status)) {
    if (SIGNED_STATES.includes(report.status) && (action.type === 'edit' || action.type === 'withdraw')) {
      return refuse('frozen', 'report.frozen', { action: action.type });
    }
    return refuse('illegalTransition', 'report.illegalTransition', { status: report.status, action: action.type });
  }
  if (!rule.roles.includes(actor.role)) {
    // `allowed` lists role codes joined by commas; the reader's words join their names.
    return refuse('wrongRole', 'report.wrongRole', { allowed: rule.roles.join(','), action: action.type, role: actor.role });
  }
  if (!isInstant(now)) return refuse('invalidInput', 'report.actionTimeInvalid');

  const transition = (extra: Partial<Report> = {}, comment?: string): ReportActionResult => {
    const record: ReportTransition = {
      action: action.type as ReportTransition['action'],
      from: report.status,
      to: rule.to,
      by: actor.profileId,
      role: actor.role,
      at: now,
    };
    const comments =
      comment === undefined
        ? report.comments
        : [...report.comments, { at: now, by: actor.profileId, role: actor.role, action: action.type, text: comment }];
    return {
      ok: true,
      report: { ...report, ...extra, status: rule.to, transitions: [...report.transitions, record], comments, updatedAt: now },
    };
  };
  const optionalComment = (text: string | undefined) => (text !== undefined && text.trim() !== '' ? text.trim() : undefined);

  switch (action.type) {
    case 'submitForReview':
    case 'approve':
      return transition({}, optionalComment(action.comment));
    case 'revise':
      return transition();
    case 'return': {
      const comment = optionalComment(action.comment);
      if (comment === undefined) return refuse('commentRequired', 'report.commentRequired');
      return transition({}, comment);
    }
    case 'withdraw': {
      const reason = action.reason.trim();
      if (reason === '') return refuse('reasonRequired', 'report.reasonRequired');
      return transition({ withdrawal: { reason, by: actor.profileId, at: now } });
    }
    case 'signOff':
      return signOff(report, action, actor, now, transition);
    case 'submit': {
      const at = action.at ?? now;
      const channel = action.channel.trim();
      const recipient = action.recipient.trim();
      if (!isInstant(at)) return refuse('invalidInput', 'report.submissionTimeInvalid');
      if (channel === '') return refuse('invalidInput', 'report.channelRequired');
      if (recipient === '') return refuse('invalidInput', 'report.recipientRequired');
      return transition({ submission: { at, channel, recipient, by: actor.profileId } });
    }
    case 'recordFeedback':
      return recordFeedback(report, action, actor, now, transition);
    case 'edit':
      return edit(report, action.changes, actor, now);
  }
}

const HEADING_GAP_REASONS = {
  issuingOrganisation: 'report.issuerRequired',
  recipient: 'report.headingRecipientRequired',
  both: 'report.headingIncomplete',
} as const satisfies Record<string, ReportErrorCode>;

type Transition = (extra?: Partial<Report>, comment?: string) => ReportActionResult;

function signOff(
  report: Report,
  action: Extract<ReportAction, { type: 'signOff' }>,
  actor: ReportActor,
  now: IsoDateTime,
  transition: Transition,
): ReportActionResult {
  const signerName = action.signerName.trim();
  if (signerName === '') return refuse('invalidInput', 'report.signerNameRequired');
  const gaps = headingGaps(report.heading);
  if (gaps.length > 0) return refuse('invalidInput', HEADING_GAP_REASONS[gaps.length > 1 ? 'both' : gaps[0]!]);
  const byId = action.items instanceof Map ? action.items : new Map((action.items as readonly Item[]).map((item) => [item.id, item]));
  const missing = report.items.filter((entry) => !byId.has(entry.itemId)).map((entry) => entry.itemId);
  if (missing.length > 0) return refuse('itemsMissing', 'report.itemsMissing', { count: missing.length });
  const maskAccount = action.maskAccount ?? null;
  if (report.maskAccounts && maskAccount === null) return refuse('invalidInput', 'report.maskerRequired');
  const signature = { profileId: actor.profileId, name: signerName, at: now };
  const snapshot = signedContent(report, byId, signature, maskAccount);
  return transition({ signature, signedSnapshot: snapshot, lockedHash: contentHash(snapshot) });
}

function recordFeedback(
  report: Report,
  action: Extract<ReportAction, { type: 'recordFeedback' }>,
  actor: ReportActor,
  now: IsoDateTime,
  transition: Transition,
): ReportActionResult {
  const at = action.at ?? now;
  if (!isInstant(at)) return refuse('invalidInput', 'report.feedbackTimeInvalid');
  // The signed snapshot is what went upward, so only its items can have been adopted.
  const reported = new Set((report.signedSnapshot?.items ?? report.items).map((entry) => entry.itemId));
  const seen = new Set<string>();
  const adoptions: ItemAdoption[] = [];
  for (const adoption of action.adoptions) {
    if (!reported.has(adoption.itemId)) return refuse('unknownItem', 'report.feedbackItemUnknown');
    if (seen.has(adoption.itemId)) return refuse('invalidInput', 'report.feedbackItemTwice');
    seen.add(adoption.itemId);
    const text = adoption.instructionText?.trim() ?? '';
    adoptions.push({
      itemId: adoption.itemId,
      instruction: adoption.instruction,
      instructionText: adoption.instruction && text !== '' ? text : null,
    });
  }
  return transition({ feedback: [...report.feedback, { at, by: actor.profileId, adoptions }] });
}

function edit(report: Report, changes: ReportEdit, actor: ReportActor, now: IsoDateTime): ReportActionResult {
  if (changes.date !== undefined && !isLocalDate(changes.date)) return refuse('invalidInput', 'report.dateInvalid');
  if (changes.items !== undefined) {
    const ids = changes.items.map((entry) => entry.itemId);
    if (new Set(ids).size !== ids.length) return refuse('invalidInput', 'report.itemTwice');
  }
  const next: Report = {
    ...report,
    ...(changes.date !== undefined && { date: changes.date }),
    ...(changes.heading !== undefined && { heading: { ...changes.heading } }),
    ...(changes.overview !== undefined && { overview: changes.overview }),
    ...(changes.items !== undefined && { items: changes.items.map((entry) => ({ ...entry })) }),
    ...(changes.suggestions !== undefined && { suggestions: [...changes.suggestions] }),
    ...(changes.stats !== undefined && { stats: changes.stats === null ? null : structuredClone(changes.stats) }),
    ...(changes.maskAccounts !== undefined && { maskAccounts: changes.maskAccounts }),
    status: 'draft',
    updatedAt: now,
  };
  // Edits themselves are not transitions: autosave would bury the chain, and who changed what is in the
  // audit log. Editing a returned report does resume drafting, and that move is part of the chain.
  if (report.status === 'returned') {
    next.transitions = [
      ...report.transitions,
      { action: 'revise', from: 'returned', to: 'draft', by: actor.profileId, role: actor.role, at: now },
    ];
  }
  return { ok: true, report: next };
}
