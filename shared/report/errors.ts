// Why the report chain refused a move, or why signed content could not be built. The values name
// statuses, actions and roles by their codes; the renderer puts them into the reader's words.
import { CodedError, type ErrorParams } from '../errors';

export type ReportErrorCode =
  | 'report.withdrawn'
  | 'report.frozen'
  | 'report.illegalTransition'
  | 'report.wrongRole'
  | 'report.actionTimeInvalid'
  | 'report.commentRequired'
  | 'report.reasonRequired'
  | 'report.submissionTimeInvalid'
  | 'report.channelRequired'
  | 'report.recipientRequired'
  | 'report.signerNameRequired'
  | 'report.issuerRequired'
  | 'report.headingRecipientRequired'
  | 'report.headingIncomplete'
  | 'report.itemsMissing'
  | 'report.maskerRequired'
  | 'report.feedbackTimeInvalid'
  | 'report.feedbackItemUnknown'
  | 'report.feedbackItemTwice'
  | 'report.dateInvalid'
  | 'report.itemTwice'
  | 'report.itemsNotFound';

export class ReportError extends CodedError<ReportErrorCode> {
  override name = 'ReportError';
  constructor(code: ReportErrorCode, params: ErrorParams = {}, developerMessage?: string) {
    super(code, params, developerMessage);
  }
}
