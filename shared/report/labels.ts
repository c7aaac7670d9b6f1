import type { ReportActionType, ReportStatus } from '../domain/report-types';
import type { Role } from '../domain/types';

export const REPORT_STATUS_LABELS: Readonly<Record<ReportStatus, string>> = {
  draft: '草稿',
  inReview: '审核中',
  returned: '已退回',
  approved: '已审核',
  signed: '已签发',
  submitted: '已报送',
  feedbackRecorded: '已反馈',
  withdrawn: '已作废',
};

/** Verb phrases that read after 不能/可以 in a sentence. */
export const REPORT_ACTION_LABELS: Readonly<Record<ReportActionType, string>> = {
  submitForReview: '提交审核',
  return: '退回修改',
  revise: '恢复编辑',
  approve: '审核通过',
  signOff: '签发',
  submit: '报送',
  recordFeedback: '登记采用反馈',
  withdraw: '作废',
  edit: '修改内容',
};

export const ROLE_LABELS: Readonly<Record<Role, string>> = {
  drafter: '拟稿人',
  reviewer: '审核人',
  signer: '签发人',
};
