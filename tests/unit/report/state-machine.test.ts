import { describe, expect, it } from 'vitest';
import { REPORT_ACTION_TYPES, REPORT_STATUSES, type ReportActionType, type ReportStatus } from '../../../shared/domain/report-types';
import { ROLES, type Role } from '../../../shared/domain/types';
import { allowedActions, applyReportAction, type ReportAction, type ReportActionResult } from '../../../shared/report/state-machine';
import { reportErrorsZh } from '../../../renderer/app/catalog/errors/report';
import { buildReport, deepFreeze, NOW, REPORT_ITEMS } from '../../builders/report';

// The expected chain, written out by state (the code under test tables it by action), so a slip in
// either shows up as a disagreement rather than being copied into both.
const LEGAL: Record<ReportStatus, Partial<Record<ReportActionType, { to: ReportStatus; roles: Role[] }>>> = {
  draft: {
    submitForReview: { to: 'inReview', roles: ['drafter'] },
    withdraw: { to: 'withdrawn', roles: ['drafter', 'reviewer'] },
    edit: { to: 'draft', roles: ['drafter'] },
  },
  inReview: {
    return: { to: 'returned', roles: ['reviewer'] },
    approve: { to: 'approved', roles: ['reviewer'] },
    withdraw: { to: 'withdrawn', roles: ['drafter', 'reviewer'] },
  },
  returned: {
    revise: { to: 'draft', roles: ['drafter'] },
    edit: { to: 'draft', roles: ['drafter'] },
    withdraw: { to: 'withdrawn', roles: ['drafter', 'reviewer'] },
  },
  approved: {
    signOff: { to: 'signed', roles: ['signer'] },
    withdraw: { to: 'withdrawn', roles: ['drafter', 'reviewer'] },
  },
  signed: { submit: { to: 'submitted', roles: ['drafter', 'signer'] } },
  submitted: { recordFeedback: { to: 'feedbackRecorded', roles: ['drafter'] } },
  feedbackRecorded: { recordFeedback: { to: 'feedbackRecorded', roles: ['drafter'] } },
  withdrawn: {},
};

function expectedRefusal(state: ReportStatus, action: ReportActionType): string {
  if (state === 'withdrawn') return 'withdrawn';
  const signed = state === 'signed' || state === 'submitted' || state === 'feedbackRecorded';
  if (signed && (action === 'edit' || action === 'withdraw')) return 'frozen';
  return 'illegalTransition';
}

/** A well-formed request of each kind, so only state and role decide the outcome. */
function validAction(type: ReportActionType): ReportAction {
  switch (type) {
    case 'submitForReview':
      return { type };
    case 'return':
      return { type, comment: '第二条研判不够具体，请补充处置建议。' };
    case 'revise':
      return { type };
    case 'approve':
      return { type, comment: '同意报送。' };
    case 'signOff':
      return { type, signerName: '王副部长', items: REPORT_ITEMS };
    case 'submit':
      return { type, channel: '机要交换', recipient: '自治区党委宣传部' };
    case 'recordFeedback':
      return { type, adoptions: [{ itemId: 'item-1', instruction: true, instructionText: '请有关部门妥善处置。' }] };
    case 'withdraw':
      return { type, reason: '与第11期内容重复' };
    case 'edit':
      return { type, changes: { overview: '修改后的概况。' } };
  }
}

const actorFor = (role: Role) => ({ profileId: `p-${role}`, role });

describe('applyReportAction over every state × action × role', () => {
  const cases = REPORT_STATUSES.flatMap((state) => REPORT_ACTION_TYPES.flatMap((action) => ROLES.map((role) => ({ state, action, role }))));

  it('covers the whole space', () => {
    expect(cases).toHaveLength(8 * 9 * 3);
  });

  it.each(cases)('$state · $action · $role', ({ state, action, role }) => {
    const report = deepFreeze(buildReport({ status: state }));
    const result = applyReportAction(report, validAction(action), actorFor(role), NOW);
    const legal = LEGAL[state][action];
    if (legal && legal.roles.includes(role)) {
      expect(result).toMatchObject({ ok: true, report: { status: legal.to, updatedAt: NOW } });
    } else {
      const code = legal ? 'wrongRole' : expectedRefusal(state, action);
      expect(result).toMatchObject({ ok: false, code });
      // Every refusal has a reason the reader gets words for.
      const reason = (result as Extract<ReportActionResult, { ok: false }>).error.code;
      expect(reportErrorsZh[`error.${reason}`]).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('offers exactly the legal moves to each role', () => {
    for (const state of REPORT_STATUSES) {
      for (const role of ROLES) {
        const expected = REPORT_ACTION_TYPES.filter((action) => LEGAL[state][action]?.roles.includes(role));
        expect(allowedActions(state, role), `${state} · ${role}`).toEqual(expected);
      }
    }
  });
});

function ok(result: ReportActionResult) {
  if (!result.ok) throw new Error(`expected success, got ${result.code}: ${result.message}`);
  return result.report;
}

describe('the chain from draft to adoption', () => {
  it('records who moved the report, when, and the reviewer comment', () => {
    const drafter = actorFor('drafter');
    const reviewer = actorFor('reviewer');
    const signer = actorFor('signer');
    let report = deepFreeze(buildReport());
    report = ok(applyReportAction(report, { type: 'submitForReview' }, drafter, '2026-03-02T09:00:00+08:00'));
    report = ok(applyReportAction(report, { type: 'return', comment: '  请补充数据来源。 ' }, reviewer, '2026-03-02T09:30:00+08:00'));
    report = ok(applyReportAction(report, { type: 'revise' }, drafter, '2026-03-02T09:40:00+08:00'));
    report = ok(applyReportAction(report, { type: 'submitForReview' }, drafter, '2026-03-02T10:00:00+08:00'));
    report = ok(applyReportAction(report, { type: 'approve' }, reviewer, '2026-03-02T10:10:00+08:00'));
    report = ok(
      applyReportAction(report, { type: 'signOff', signerName: '王副部长', items: REPORT_ITEMS }, signer, '2026-03-02T11:00:00+08:00'),
    );
    report = ok(
      applyReportAction(
        report,
        { type: 'submit', channel: '机要交换', recipient: '自治区党委宣传部' },
        drafter,
        '2026-03-02T11:30:00+08:00',
      ),
    );
    report = ok(
      applyReportAction(
        report,
        { type: 'recordFeedback', adoptions: [{ itemId: 'item-1', instruction: false, instructionText: null }] },
        drafter,
        '2026-03-05T09:00:00+08:00',
      ),
    );

    expect(report.transitions.map((step) => [step.action, step.from, step.to, step.by])).toEqual([
      ['submitForReview', 'draft', 'inReview', 'p-drafter'],
      ['return', 'inReview', 'returned', 'p-reviewer'],
      ['revise', 'returned', 'draft', 'p-drafter'],
      ['submitForReview', 'draft', 'inReview', 'p-drafter'],
      ['approve', 'inReview', 'approved', 'p-reviewer'],
      ['signOff', 'approved', 'signed', 'p-signer'],
      ['submit', 'signed', 'submitted', 'p-drafter'],
      ['recordFeedback', 'submitted', 'feedbackRecorded', 'p-drafter'],
    ]);
    expect(report.comments).toEqual([
      { at: '2026-03-02T09:30:00+08:00', by: 'p-reviewer', role: 'reviewer', action: 'return', text: '请补充数据来源。' },
    ]);
    expect(report.signature).toEqual({ profileId: 'p-signer', name: '王副部长', at: '2026-03-02T11:00:00+08:00' });
    expect(report.submission).toEqual({
      at: '2026-03-02T11:30:00+08:00',
      channel: '机要交换',
      recipient: '自治区党委宣传部',
      by: 'p-drafter',
    });
    expect(report.feedback).toHaveLength(1);
  });

  it('refuses a return without a comment', () => {
    const report = buildReport({ status: 'inReview' });
    expect(applyReportAction(report, { type: 'return', comment: '   ' }, actorFor('reviewer'), NOW)).toMatchObject({
      ok: false,
      code: 'commentRequired',
    });
  });

  it('withdraws with a reason and keeps the report read-only', () => {
    const report = buildReport({ status: 'approved' });
    expect(applyReportAction(report, { type: 'withdraw', reason: ' ' }, actorFor('reviewer'), NOW)).toMatchObject({
      code: 'reasonRequired',
    });
    const withdrawn = ok(applyReportAction(report, { type: 'withdraw', reason: '内容重复' }, actorFor('reviewer'), NOW));
    expect(withdrawn.withdrawal).toEqual({ reason: '内容重复', by: 'p-reviewer', at: NOW });
    expect(withdrawn.number).toBe(report.number);
    expect(applyReportAction(withdrawn, { type: 'edit', changes: { overview: 'x' } }, actorFor('drafter'), NOW)).toMatchObject({
      code: 'withdrawn',
    });
  });

  it('turns a returned report back into a draft when the drafter edits it, and records that move', () => {
    const report = buildReport({ status: 'returned' });
    const edited = ok(applyReportAction(report, { type: 'edit', changes: { suggestions: ['新的建议'] } }, actorFor('drafter'), NOW));
    expect(edited.status).toBe('draft');
    expect(edited.suggestions).toEqual(['新的建议']);
    expect(edited.transitions.map((step) => [step.action, step.from, step.to])).toEqual([['revise', 'returned', 'draft']]);
  });

  it('does not add a transition for an edit of a draft', () => {
    const edited = ok(applyReportAction(buildReport(), { type: 'edit', changes: { maskAccounts: true } }, actorFor('drafter'), NOW));
    expect(edited.maskAccounts).toBe(true);
    expect(edited.transitions).toEqual([]);
  });

  it('refuses edits that would break the report', () => {
    const drafter = actorFor('drafter');
    const duplicated = { itemId: 'item-1', assessmentText: '' };
    expect(applyReportAction(buildReport(), { type: 'edit', changes: { items: [duplicated, duplicated] } }, drafter, NOW)).toMatchObject({
      code: 'invalidInput',
    });
    expect(applyReportAction(buildReport(), { type: 'edit', changes: { date: '2026-02-30' } }, drafter, NOW)).toMatchObject({
      code: 'invalidInput',
    });
  });

  it('refuses a local time without an offset as the action time', () => {
    expect(applyReportAction(buildReport(), { type: 'submitForReview' }, actorFor('drafter'), '2026-03-02T09:00:00')).toMatchObject({
      code: 'invalidInput',
    });
  });

  it('refuses to sign when an item of the report cannot be found or the heading is incomplete', () => {
    const report = buildReport({ status: 'approved' });
    const signer = actorFor('signer');
    expect(
      applyReportAction(report, { type: 'signOff', signerName: '王副部长', items: REPORT_ITEMS.slice(0, 1) }, signer, NOW),
    ).toMatchObject({
      code: 'itemsMissing',
    });
    const headless = buildReport({ status: 'approved', heading: { issuingOrganisation: '', recipient: '自治区党委宣传部' } });
    expect(applyReportAction(headless, { type: 'signOff', signerName: '王副部长', items: REPORT_ITEMS }, signer, NOW)).toMatchObject({
      code: 'invalidInput',
      error: expect.objectContaining({ code: 'report.issuerRequired' }),
    });
  });

  it('requires a channel and recipient to submit', () => {
    const report = buildReport({ status: 'signed' });
    expect(applyReportAction(report, { type: 'submit', channel: '', recipient: '上级' }, actorFor('signer'), NOW)).toMatchObject({
      code: 'invalidInput',
    });
    expect(applyReportAction(report, { type: 'submit', channel: '机要', recipient: ' ' }, actorFor('signer'), NOW)).toMatchObject({
      code: 'invalidInput',
    });
  });

  it('keeps a submission time given for a report sent earlier', () => {
    const report = buildReport({ status: 'signed' });
    const sent = ok(
      applyReportAction(
        report,
        { type: 'submit', channel: '内网邮件', recipient: '上级', at: '2026-03-02T12:00:00+08:00' },
        actorFor('signer'),
        NOW,
      ),
    );
    expect(sent.submission?.at).toBe('2026-03-02T12:00:00+08:00');
  });

  it('records feedback more than once, only for items in the report, once per item each time', () => {
    const drafter = actorFor('drafter');
    const report = buildReport({ status: 'submitted' });
    const first = ok(
      applyReportAction(
        report,
        { type: 'recordFeedback', adoptions: [{ itemId: 'item-1', instruction: false, instructionText: '被忽略' }] },
        drafter,
        NOW,
      ),
    );
    expect(first.feedback[0]?.adoptions).toEqual([{ itemId: 'item-1', instruction: false, instructionText: null }]);
    const second = ok(
      applyReportAction(
        first,
        { type: 'recordFeedback', adoptions: [{ itemId: 'item-2', instruction: true, instructionText: ' 请核实处置 ' }] },
        drafter,
        '2026-03-06T09:00:00+08:00',
      ),
    );
    expect(second.feedback.map((entry) => entry.adoptions)).toEqual([
      [{ itemId: 'item-1', instruction: false, instructionText: null }],
      [{ itemId: 'item-2', instruction: true, instructionText: '请核实处置' }],
    ]);
    expect(
      applyReportAction(
        report,
        { type: 'recordFeedback', adoptions: [{ itemId: 'item-9', instruction: false, instructionText: null }] },
        drafter,
        NOW,
      ),
    ).toMatchObject({ code: 'unknownItem' });
    const twice = { itemId: 'item-1', instruction: false, instructionText: null };
    expect(applyReportAction(report, { type: 'recordFeedback', adoptions: [twice, twice] }, drafter, NOW)).toMatchObject({
      code: 'invalidInput',
    });
  });
});

describe('refusal reasons', () => {
  it('name the action, the status and the roles by their codes', () => {
    const approved = buildReport({ status: 'approved' });
    expect(applyReportAction(approved, { type: 'revise' }, actorFor('drafter'), NOW)).toMatchObject({
      code: 'illegalTransition',
      error: expect.objectContaining({ code: 'report.illegalTransition', params: { status: 'approved', action: 'revise' } }),
    });
    expect(applyReportAction(approved, { type: 'withdraw', reason: '重复' }, actorFor('signer'), NOW)).toMatchObject({
      code: 'wrongRole',
      error: expect.objectContaining({
        code: 'report.wrongRole',
        params: { allowed: 'drafter,reviewer', action: 'withdraw', role: 'signer' },
      }),
    });
  });

  it('count the items a sign-off could not find', () => {
    const report = buildReport({ status: 'approved' });
    const result = applyReportAction(report, { type: 'signOff', signerName: '王副部长', items: [] }, actorFor('signer'), NOW);
    expect(result).toMatchObject({
      error: expect.objectContaining({ code: 'report.itemsMissing', params: { count: report.items.length } }),
    });
  });
});
