// Words for the report chain's refusals. {action}, {status}, {role} and {allowed} arrive as codes and are put
// into words by the reports feature before these texts are filled.
import type { ReportErrorCode } from '../../../../shared/report/errors';

type ReportErrorWords = Record<`error.${ReportErrorCode}`, string>;

export const reportErrorsZh = {
  'error.report.withdrawn': '该期报告已作废，只能查看，不能{action}',
  'error.report.frozen': '报告已签发，内容已锁定，不能{action}',
  'error.report.illegalTransition': '报告当前为“{status}”，不能{action}',
  'error.report.wrongRole': '只有{allowed}可以{action}，当前身份为{role}',
  'error.report.actionTimeInvalid': '操作时间格式无效',
  'error.report.commentRequired': '退回时请写明修改意见',
  'error.report.reasonRequired': '作废时请写明原因',
  'error.report.submissionTimeInvalid': '报送时间格式无效',
  'error.report.channelRequired': '请填写报送渠道',
  'error.report.recipientRequired': '请填写报送对象',
  'error.report.signerNameRequired': '签发人姓名不能为空',
  'error.report.issuerRequired': '请填写发文机关',
  'error.report.headingRecipientRequired': '请填写报送单位',
  'error.report.headingIncomplete': '请填写发文机关；请填写报送单位',
  'error.report.itemsMissing': '签发前找不到报告中的{count}条信息，请刷新后重试',
  'error.report.maskerRequired': '隐去账号的报告需要本工作站的账号脱敏密钥才能签发',
  'error.report.feedbackTimeInvalid': '反馈时间格式无效',
  'error.report.feedbackItemUnknown': '采用反馈中的信息不在本期报告中',
  'error.report.feedbackItemTwice': '同一条信息在一次反馈中只能记录一次',
  'error.report.dateInvalid': '报告日期格式无效',
  'error.report.itemTwice': '同一条信息不能在报告中出现两次',
  'error.report.itemsNotFound': '报告引用的条目不存在：{ids}',
} as const satisfies ReportErrorWords;

export const reportErrorsEn = {
  'error.report.withdrawn': 'This report has been withdrawn and can only be viewed: “{action}” is not possible.',
  'error.report.frozen': 'The report is signed and its content locked: “{action}” is not possible.',
  'error.report.illegalTransition': 'The report is “{status}”: “{action}” is not possible.',
  'error.report.wrongRole': 'Only {allowed} can do “{action}”; you are acting as {role}.',
  'error.report.actionTimeInvalid': 'The time of the action is not valid.',
  'error.report.commentRequired': 'Write what should be changed when returning a report.',
  'error.report.reasonRequired': 'Give the reason when withdrawing a report.',
  'error.report.submissionTimeInvalid': 'The submission time is not valid.',
  'error.report.channelRequired': 'Fill in the submission channel.',
  'error.report.recipientRequired': 'Fill in whom the report is submitted to.',
  'error.report.signerNameRequired': 'The signer’s name must not be empty.',
  'error.report.issuerRequired': 'Fill in the issuing organisation.',
  'error.report.headingRecipientRequired': 'Fill in the receiving unit.',
  'error.report.headingIncomplete': 'Fill in the issuing organisation and the receiving unit.',
  'error.report.itemsMissing': '{count} items of the report could not be found before signing; refresh and try again.',
  'error.report.maskerRequired': 'A report that hides accounts needs this workstation’s account masking key to be signed.',
  'error.report.feedbackTimeInvalid': 'The feedback time is not valid.',
  'error.report.feedbackItemUnknown': 'The adoption feedback names an item that is not in this report.',
  'error.report.feedbackItemTwice': 'An item can be recorded only once in one feedback.',
  'error.report.dateInvalid': 'The report date is not valid.',
  'error.report.itemTwice': 'The same item cannot appear twice in a report.',
  'error.report.itemsNotFound': 'Items the report refers to do not exist: {ids}',
} as const satisfies ReportErrorWords;
