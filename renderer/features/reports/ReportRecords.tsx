import type { Report } from '../../../shared/domain/report-types';
import type { Item } from '../../../shared/domain/types';
import { useT } from '../../i18n';
import { formatDateTime } from '../../i18n/format';
import { itemTitle } from './ItemPicker';
import { actionName } from './report-labels';

/** Review comments, the submission and every adoption feedback: records attached to the report. */
export function ReportRecords({
  report,
  items,
  names,
}: {
  report: Report;
  items: ReadonlyMap<string, Item>;
  names: ReadonlyMap<string, string>;
}) {
  const t = useT();
  const nameOf = (id: string) => names.get(id) ?? id;
  const untitled = t('reports.untitled');
  const signedItems = new Map((report.signedSnapshot?.items ?? []).map((item) => [item.itemId, item]));
  const titleOf = (itemId: string) => {
    const item = signedItems.get(itemId) ?? items.get(itemId);
    return item ? itemTitle(item, untitled) : itemId;
  };
  const signedOrLater = report.lockedHash !== null;
  return (
    <>
      {report.comments.length > 0 ? (
        <section className="panel" data-testid="comments">
          <h2 className="section-title inline">{t('reports.comments')}</h2>
          <ul className="record-list">
            {report.comments.map((comment, index) => (
              <li key={index}>
                {t('reports.commentLine', {
                  at: formatDateTime(comment.at),
                  by: nameOf(comment.by),
                  role: t(`role.${comment.role}`),
                  action: actionName(t, comment.action),
                  text: comment.text,
                })}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {signedOrLater ? (
        <section className="panel" data-testid="records">
          <h2 className="section-title inline">{t('reports.records')}</h2>
          {report.submission ? (
            <p data-testid="submission-record">
              {t('reports.submittedRecord', {
                at: formatDateTime(report.submission.at),
                channel: report.submission.channel,
                recipient: report.submission.recipient,
                by: nameOf(report.submission.by),
              })}
            </p>
          ) : (
            <p className="muted">{t('reports.notSubmitted')}</p>
          )}
          {report.feedback.map((feedback, index) => (
            <div key={index} className="feedback-record" data-testid="feedback-record">
              <p>{t('reports.feedbackRecord', { at: formatDateTime(feedback.at), by: nameOf(feedback.by) })}</p>
              {feedback.adoptions.length === 0 ? (
                <p className="muted">{t('reports.feedbackNone')}</p>
              ) : (
                <ul className="record-list">
                  {feedback.adoptions.map((adoption) => (
                    <li key={adoption.itemId}>
                      {adoption.instruction
                        ? t('reports.adoptedWithInstruction', { title: titleOf(adoption.itemId), text: adoption.instructionText ?? '' })
                        : t('reports.adoptedItem', { title: titleOf(adoption.itemId) })}
                    </li>
                  ))}
                </ul>
              )}
            </div>
          ))}
        </section>
      ) : null}
    </>
  );
}
