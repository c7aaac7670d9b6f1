import { useId, useState } from 'react';
import type { ReportSeries } from '../../../shared/domain/report-types';
import { newId } from '../../../shared/ids';
import { useDesk } from '../../workspace/desk';
import { errorReason, useT } from '../../i18n';
import { HEADING_FIELDS } from './heading-fields';

/** 报告系列与版头: the heading of every series, and the user's own series. */
export function SeriesManager({ series, onSaved }: { series: readonly ReportSeries[]; onSaved: () => void }) {
  const t = useT();
  const ids = useId();
  const repositories = useDesk((state) => state.repositories);
  const profile = useDesk((state) => state.profile);
  const [draft, setDraft] = useState<ReportSeries[]>([...series]);
  const [newName, setNewName] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  const change = (index: number, patch: Partial<ReportSeries>) =>
    setDraft((current) => current.map((entry, at) => (at === index ? { ...entry, ...patch } : entry)));

  const save = async () => {
    if (!repositories || !profile) return;
    setMessage(null);
    try {
      await repositories.reports.saveSeries(draft, { profileId: profile.id });
      setMessage({ ok: true, text: t('reports.seriesSaved') });
      onSaved();
    } catch (error) {
      setMessage({ ok: false, text: t('reports.seriesSaveFailed', { reason: errorReason(error) }) });
    }
  };

  const add = () => {
    if (newName.trim() === '') return;
    const heading = draft[0]?.heading ?? { issuingOrganisation: '', recipient: '' };
    setDraft((current) => [...current, { id: newId(), name: newName.trim(), builtIn: false, heading: { ...heading } }]);
    setNewName('');
  };

  return (
    <details className="panel series-manager">
      <summary>
        <h2 className="section-title inline">{t('reports.seriesTitle')}</h2>
      </summary>
      <p className="hint">{t('reports.seriesHint')}</p>
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{t('reports.seriesName')}</th>
            {HEADING_FIELDS.map(({ field, label }) => (
              <th key={field} scope="col">
                {t(label)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {draft.map((entry, index) => (
            <tr key={entry.id}>
              <td>
                {entry.builtIn ? (
                  <>
                    {entry.name} <span className="muted">{t('reports.builtIn')}</span>
                  </>
                ) : (
                  <input
                    aria-label={t('reports.seriesName')}
                    value={entry.name}
                    onChange={(event) => change(index, { name: event.target.value })}
                  />
                )}
              </td>
              {HEADING_FIELDS.map(({ field, label, placeholder }) => (
                <td key={field}>
                  <input
                    aria-label={`${entry.name} ${t(label)}`}
                    placeholder={t(placeholder)}
                    value={entry.heading[field]}
                    onChange={(event) => change(index, { heading: { ...entry.heading, [field]: event.target.value } })}
                  />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <div className="button-row series-actions">
        <input
          id={`${ids}-new`}
          aria-label={t('reports.newSeriesName')}
          placeholder={t('reports.newSeriesName')}
          value={newName}
          onChange={(event) => setNewName(event.target.value)}
        />
        <button type="button" className="button secondary" onClick={add} disabled={newName.trim() === ''}>
          {t('reports.addSeries')}
        </button>
        <button type="button" className="button" onClick={() => void save()}>
          {t('reports.saveSeries')}
        </button>
      </div>
      {message ? (
        <p className={message.ok ? 'ok-text' : 'error-text'} role={message.ok ? 'status' : 'alert'}>
          {message.text}
        </p>
      ) : null}
    </details>
  );
}
