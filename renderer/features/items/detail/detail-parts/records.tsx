// The item's records: where it came from, its duplicates and its history.
import type { Item } from '../../../../../shared/domain/types';
import { useLocaleStore, useT } from '../../../../i18n';
import { formatDateTime } from '../../../../i18n/format';
import { runTriageWrite } from '../../../triage';
import { actionLabel } from '../../../audit';
import { historyActionLabel, historyOfItem } from '../../../audit';
import { feedKey, itemHeadline } from '../../../../ui/domain-labels';
import type { ItemDetailData } from '../use-item-detail';
import { Section } from './section';

export function ProvenanceSection({ item }: { item: Item }) {
  const t = useT();
  return (
    <Section title={t('detail.provenance')} testId="detail-provenance">
      {item.provenance.length === 0 ? (
        <p className="muted">{t('detail.noProvenance')}</p>
      ) : (
        <table className="data-table compact">
          <thead>
            <tr>
              <th scope="col">{t('triage.field.feeds')}</th>
              <th scope="col">{t('detail.file')}</th>
              <th scope="col">{t('detail.sheet')}</th>
              <th scope="col" className="numeric">
                {t('detail.row')}
              </th>
              <th scope="col">{t('triage.field.reportedAt')}</th>
            </tr>
          </thead>
          <tbody>
            {item.provenance.map((row, index) => (
              <tr key={index}>
                <td>{t(feedKey(row.feed))}</td>
                <td>{row.file ?? t('detail.enteredByHand')}</td>
                <td>{row.sheet ?? t('triage.empty')}</td>
                <td className="numeric">{row.row ?? t('triage.empty')}</td>
                <td>{formatDateTime(row.reportedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Section>
  );
}

export function DuplicatesSection({ data }: { data: ItemDetailData }) {
  const t = useT();
  const { item, duplicates } = data;
  return (
    <Section title={t('detail.duplicates')} testId="detail-duplicates">
      {duplicates.length === 0 ? (
        <p className="muted">{t('detail.noDuplicates')}</p>
      ) : (
        <ul className="duplicate-list">
          {duplicates.map(({ item: other, distance }) => (
            <li key={other.id}>
              <div>
                <strong>{itemHeadline(other, t('detail.untitled'))}</strong>
                <span className="muted">
                  {' '}
                  · {other.platform ?? t('triage.empty')} · {formatDateTime(other.reportedAt)} · {t('detail.distance', { distance })}
                </span>
              </div>
              <div className="duplicate-actions">
                <button
                  type="button"
                  className="button secondary"
                  onClick={() =>
                    void runTriageWrite(
                      'undo.label.merge',
                      2,
                      (repositories, ctx) => repositories.triage.mergeDuplicates(item.id, [other.id], ctx),
                      {
                        announce: t('detail.merged'),
                      },
                    )
                  }
                >
                  {t('detail.merge')}
                </button>
                <button
                  type="button"
                  className="button secondary"
                  onClick={() =>
                    void runTriageWrite('undo.label.dismiss', 2, (repositories, ctx) =>
                      repositories.triage.dismissDuplicate(item.id, other.id, ctx),
                    )
                  }
                >
                  {t('detail.notDuplicate')}
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}

export function HistorySection({ data }: { data: ItemDetailData }) {
  const t = useT();
  useLocaleStore((state) => state.timeZone);
  const views = historyOfItem(data.history, data.item.id, t, data.eventNames);
  return (
    <Section title={t('detail.history')} testId="detail-history">
      <ol className="history-list">
        {views.map((view, index) => {
          const entry = data.history[index];
          if (!entry) return null;
          const actor = entry.actor === 'system' ? t('audit.system') : (data.people.get(entry.actor) ?? entry.actor);
          return (
            <li key={view.seq}>
              <div className="history-head">
                <span>{formatDateTime(view.at)}</span>
                <span>{actor}</span>
                <strong>{historyActionLabel(t, entry.action, (action) => actionLabel(t, action))}</strong>
              </div>
              {view.lines.length > 0 ? (
                <ul className="history-lines">
                  {view.lines.map((line, lineIndex) => (
                    <li key={lineIndex}>
                      {line.field}：{line.before ? <del>{line.before}</del> : null}
                      {line.before ? ' → ' : null}
                      <ins>{line.after}</ins>
                    </li>
                  ))}
                </ul>
              ) : null}
            </li>
          );
        })}
      </ol>
    </Section>
  );
}
