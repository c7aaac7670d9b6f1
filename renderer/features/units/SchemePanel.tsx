import { useEffect, useState } from 'react';
import { DEFAULT_SILENCE_THRESHOLD } from '../../../shared/network/alerts';
import { DEFAULT_POINTS_SCHEME, type PointsScheme } from '../../../shared/network/scoring';
import { useDesk, writeContext } from '../../workspace/desk';
import { StatusMessage, type StatusNote } from '../../ui/Feedback';
import { TextField } from '../../ui/TextField';
import { NETWORK_SETTINGS } from '../../db';
import { useT } from '../../i18n';
import { SCHEME_FIELDS } from './ranking-export';
import { notedWrite } from './noted-write';

type Draft = Record<(typeof SCHEME_FIELDS)[number] | 'threshold', string>;

function draftOf(scheme: PointsScheme, threshold: number): Draft {
  return {
    reported: String(scheme.reported),
    notOpinion: String(scheme.notOpinion),
    adopted: String(scheme.adopted),
    adoptedWithInstruction: String(scheme.adoptedWithInstruction),
    late: String(scheme.late),
    missing: String(scheme.missing),
    threshold: String(threshold),
  };
}

const isPoints = (text: string) => /^-?\d+(\.\d+)?$/.test(text.trim());
const isThreshold = (text: string) => /^\d+$/.test(text.trim()) && Number(text) >= 1 && Number(text) <= 60;

/** The points scheme, shown with the scores it produced and editable by the office; the silence threshold beside it. */
export function SchemePanel() {
  const t = useT();
  const repositories = useDesk((state) => state.repositories);
  const [draft, setDraft] = useState<Draft | null>(null);
  // The summary names the scheme the scores on screen were counted with: the saved one, not the edits in progress.
  const [saved, setSaved] = useState<Draft | null>(null);
  const [message, setMessage] = useState<StatusNote | null>(null);

  useEffect(() => {
    if (!repositories) return;
    void Promise.all([repositories.network.pointsScheme(), repositories.network.silenceThreshold()]).then(([scheme, threshold]) => {
      setDraft(draftOf(scheme, threshold));
      setSaved(draftOf(scheme, threshold));
    });
  }, [repositories]);

  if (!draft || !saved || !repositories) return null;
  const invalid = SCHEME_FIELDS.some((field) => !isPoints(draft[field])) || !isThreshold(draft.threshold);

  const save = () =>
    notedWrite(setMessage, async () => {
      const scheme = Object.fromEntries(SCHEME_FIELDS.map((field) => [field, Number(draft[field])])) as unknown as PointsScheme;
      await repositories.network.saveSetting(NETWORK_SETTINGS.pointsScheme, scheme, writeContext());
      await repositories.network.saveSetting(NETWORK_SETTINGS.silenceThreshold, Number(draft.threshold), writeContext());
      setSaved(draft);
      return t('units.scheme.saved');
    });

  return (
    <details className="units-panel" data-testid="scheme-panel">
      <summary>
        <strong>{t('units.scheme.title')}</strong>{' '}
        <span className="muted">
          {t('units.scheme.summary', {
            reported: saved.reported,
            adopted: saved.adopted,
            instruction: saved.adoptedWithInstruction,
            late: saved.late,
            missing: saved.missing,
            threshold: saved.threshold,
          })}
        </span>
      </summary>
      <p className="hint">{t('units.scheme.explain')}</p>
      <div className="units-form">
        {SCHEME_FIELDS.map((field) => (
          <TextField
            key={field}
            id={`scheme-${field}`}
            label={t(`units.scheme.${field}`)}
            inputMode="decimal"
            value={draft[field]}
            aria-invalid={!isPoints(draft[field])}
            onValue={(value) => setDraft({ ...draft, [field]: value })}
          />
        ))}
        <TextField
          id="scheme-threshold"
          label={t('units.scheme.threshold')}
          inputMode="numeric"
          value={draft.threshold}
          aria-invalid={!isThreshold(draft.threshold)}
          onValue={(value) => setDraft({ ...draft, threshold: value })}
        />
      </div>
      <div className="units-actions">
        <button type="button" className="button" disabled={invalid} onClick={() => void save()}>
          {t('units.scheme.save')}
        </button>
        <button
          type="button"
          className="button secondary"
          onClick={() => setDraft(draftOf(DEFAULT_POINTS_SCHEME, DEFAULT_SILENCE_THRESHOLD))}
        >
          {t('units.scheme.defaults')}
        </button>
        {invalid ? <span className="error-text">{t('units.scheme.invalid')}</span> : null}
        <StatusMessage note={message} />
      </div>
    </details>
  );
}
