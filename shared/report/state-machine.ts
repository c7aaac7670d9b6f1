import type { ItemAdoption, Report, ReportActionType, ReportEdit, ReportStatus, ReportTransition } from '../domain/report-types';
import type { IsoDateTime, Item, Role } from '../domain/types';
import { isLocalDate } from '../time';
import { isInstant } from '../time';
import type { AccountMasker } from '../export/masking';
import { headingProblems } from './series';
import { contentHash, signedContent } from './signed-content';
import { REPORT_ACTION_LABELS, REPORT_STATUS_LABELS, ROLE_LABELS } from './labels';

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

export type ReportActionResult = { ok: true; report: Report } | { ok: false; code: ReportActionErrorCode; message: string };

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

function refuse(code: ReportActionErrorCode, message: string): ReportActionResult {
  return { ok: false, code, message };
}

/**
 * The only way a report changes. Pure: returns a new report or a refusal with a Chinese message, and
 * never touches the one passed in. Checks run in a fixed order — state, then role, then input — so the
 * reason given is the most fundamental one.
 */
export function applyReportAction(report: Report, action: ReportAction, actor: ReportActor, now: IsoDateTime): ReportActionResult {
  const rule = REPORT_RULES[action.type];
  const actionLabel = REPORT_ACTION_LABELS[action.type];
  if (report.status === 'withdrawn') return refuse('withdrawn', `该期报告已作废，只能查看，不能${actionLabel}`);
  if (!rule.from.includes(report.status)) {
    if (SIGNED_STATES.includes(report.status) && (action.type === 'edit' || action.type === 'withdraw')) {
      return refuse('frozen', `报告已签发，内容已锁定，不能${actionLabel}`);
    }
    return refuse('illegalTransition', `报告当前为“${REPORT_STATUS_LABELS[report.status]}”，不能${actionLabel}`);
  }
  if (!rule.roles.includes(actor.role)) {
    const allowed = rule.roles.map((role) => ROLE_LABELS[role]).join('或');
    return refuse('wrongRole', `只有${allowed}可以${actionLabel}，当前身份为${ROLE_LABELS[actor.role]}`);
  }
  if (!isInstant(now)) return refuse('invalidInput', '操作时间格式无效');

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
      if (comment === undefined) return refuse('commentRequired', '退回时请写明修改意见');
      return transition({}, comment);
    }
    case 'withdraw': {
      const reason = action.reason.trim();
      if (reason === '') return refuse('reasonRequired', '作废时请写明原因');
      return transition({ withdrawal: { reason, by: actor.profileId, at: now } });
    }
    case 'signOff':
      return signOff(report, action, actor, now, transition);
    case 'submit': {
      const at = action.at ?? now;
      const channel = action.channel.trim();
      const recipient = action.recipient.trim();
      if (!isInstant(at)) return refuse('invalidInput', '报送时间格式无效');
      if (channel === '') return refuse('invalidInput', '请填写报送渠道');
      if (recipient === '') return refuse('invalidInput', '请填写报送对象');
      return transition({ submission: { at, channel, recipient, by: actor.profileId } });
    }
    case 'recordFeedback':
      return recordFeedback(report, action, actor, now, transition);
    case 'edit':
      return edit(report, action.changes, actor, now);
  }
}

type Transition = (extra?: Partial<Report>, comment?: string) => ReportActionResult;

function signOff(
  report: Report,
  action: Extract<ReportAction, { type: 'signOff' }>,
  actor: ReportActor,
  now: IsoDateTime,
  transition: Transition,
): ReportActionResult {
  const signerName = action.signerName.trim();
  if (signerName === '') return refuse('invalidInput', '签发人姓名不能为空');
  const problems = headingProblems(report.heading);
  if (problems.length > 0) return refuse('invalidInput', problems.join('；'));
  const byId = action.items instanceof Map ? action.items : new Map((action.items as readonly Item[]).map((item) => [item.id, item]));
  const missing = report.items.filter((entry) => !byId.has(entry.itemId)).map((entry) => entry.itemId);
  if (missing.length > 0) return refuse('itemsMissing', `签发前找不到报告中的${missing.length}条信息，请刷新后重试`);
  const maskAccount = action.maskAccount ?? null;
  if (report.maskAccounts && maskAccount === null) return refuse('invalidInput', '隐去账号的报告需要本工作站的账号脱敏密钥才能签发');
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
  if (!isInstant(at)) return refuse('invalidInput', '反馈时间格式无效');
  // The signed snapshot is what went upward, so only its items can have been adopted.
  const reported = new Set((report.signedSnapshot?.items ?? report.items).map((entry) => entry.itemId));
  const seen = new Set<string>();
  const adoptions: ItemAdoption[] = [];
  for (const adoption of action.adoptions) {
    if (!reported.has(adoption.itemId)) return refuse('unknownItem', '采用反馈中的信息不在本期报告中');
    if (seen.has(adoption.itemId)) return refuse('invalidInput', '同一条信息在一次反馈中只能记录一次');
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
  if (changes.date !== undefined && !isLocalDate(changes.date)) return refuse('invalidInput', '报告日期格式无效');
  if (changes.items !== undefined) {
    const ids = changes.items.map((entry) => entry.itemId);
    if (new Set(ids).size !== ids.length) return refuse('invalidInput', '同一条信息不能在报告中出现两次');
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
