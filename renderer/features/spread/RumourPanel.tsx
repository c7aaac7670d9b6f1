import { useEffect, useMemo, useState } from 'react';
import { writeContext } from '../../app/desk';
import { EChart } from '../../charts/EChart';
import type { Repositories } from '../../db';
import { useLocaleStore, useT } from '../../i18n';
import { formatDateTime, formatNumber } from '../../i18n/format';
import type { Refutation } from '../../../shared/domain/types';
import { newId } from '../../../shared/ids';
import type { StoredCascade } from './cascade-source';
import { rumourOption } from './chart-options';
import { chartText } from './chart-text';
import { showNotice } from './spread-store';
import { rumourCurves } from './views';
import { isoToWallClock, wallClockToIso } from './wall-clock';

export function RumourPanel({ stored, repositories }: { stored: StoredCascade; repositories: Repositories }) {
  const t = useT();
  const locale = useLocaleStore((state) => state.locale);
  const timeZone = useLocaleStore((state) => state.timeZone);
  const [linked, setLinked] = useState<Refutation[] | null>(null);
  const [all, setAll] = useState<Refutation[]>([]);

  const [version, setVersion] = useState(0);
  const refresh = () => setVersion((value) => value + 1);

  useEffect(() => {
    let live = true;
    void Promise.all([repositories.spread.refutationsFor(stored.itemIds), repositories.spread.allRefutations()]).then(
      ([forCascade, every]) => {
        if (!live) return;
        setLinked(forCascade);
        setAll(every);
      },
    );
    return () => {
      live = false;
    };
  }, [repositories, stored, version]);

  const curves = useMemo(() => rumourCurves(stored.cascade, linked ?? []), [stored, linked]);
  const option = useMemo(() => rumourOption(curves, chartText(locale, timeZone)), [curves, locale, timeZone]);
  // A refutation answers an item; the original is the item it answers when it was imported.
  const target = stored.rootItem?.id ?? stored.itemIds[0] ?? null;

  const link = async (refutationId: string) => {
    if (target === null) return;
    try {
      await repositories.spread.linkRefutation(refutationId, target, writeContext());
      showNotice('ok', t('spread.rumour.saved'));
      refresh();
    } catch (error) {
      showNotice('bad', t('spread.error', { reason: error instanceof Error ? error.message : String(error) }));
    }
  };

  if (linked === null) return null;
  const linkedIds = new Set(linked.map((refutation) => refutation.id));
  const unlinked = all.filter((refutation) => !linkedIds.has(refutation.id));
  const total = curves.rumour.at(-1)?.[1] ?? 0;

  return (
    <div className="spread-rumour">
      {linked.length === 0 ? (
        <p className="empty-state" data-testid="rumour-none">
          {t('spread.rumour.none')}
        </p>
      ) : (
        <>
          <p className="muted" data-testid="rumour-after">
            {t('spread.rumour.after', {
              count: formatNumber(curves.afterFirstRefutation),
              share: total > 0 ? `${Math.round((curves.afterFirstRefutation / total) * 1000) / 10}%` : '0%',
            })}
          </p>
          <EChart option={option} height={380} label={t('spread.rumour.label')} testId="rumour-chart" />
          <h3>{t('spread.rumour.linked')}</h3>
          <ul className="spread-link-list" data-testid="linked-refutations">
            {linked.map((refutation) => (
              <li key={refutation.id}>
                <span>
                  {refutation.title} · {refutation.publisher} · {refutation.channel} · {formatDateTime(refutation.publishedAt)}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
      {target === null ? null : (
        <section className="spread-item-section" aria-labelledby="rumour-link-title">
          <h3 id="rumour-link-title">{t('spread.rumour.link')}</h3>
          {stored.rootItem ? null : <p className="muted small-text">{t('spread.rumour.noItem')}</p>}
          {unlinked.length > 0 ? <LinkExisting refutations={unlinked} onLink={link} /> : null}
          <NewRefutation
            timeZone={timeZone}
            onCreate={async (draft) => {
              try {
                await repositories.spread.createRefutation({ ...draft, itemIds: [target] }, writeContext());
                showNotice('ok', t('spread.rumour.saved'));
                refresh();
              } catch (error) {
                showNotice('bad', t('spread.error', { reason: error instanceof Error ? error.message : String(error) }));
              }
            }}
            defaultTime={isoToWallClock(stored.metrics.lastAt, timeZone)}
          />
        </section>
      )}
    </div>
  );
}

function LinkExisting({ refutations, onLink }: { refutations: Refutation[]; onLink: (id: string) => Promise<void> }) {
  const t = useT();
  const [chosen, setChosen] = useState('');
  return (
    <form
      className="spread-form-row"
      onSubmit={(event) => {
        event.preventDefault();
        if (chosen) void onLink(chosen);
      }}
    >
      <div className="field">
        <label htmlFor="refutation-existing">{t('spread.rumour.linkExisting')}</label>
        <select id="refutation-existing" value={chosen} onChange={(event) => setChosen(event.target.value)}>
          <option value="">{t('spread.rumour.choose')}</option>
          {refutations.map((refutation) => (
            <option key={refutation.id} value={refutation.id}>
              {refutation.title} · {formatDateTime(refutation.publishedAt)}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="button secondary small" disabled={chosen === ''}>
        {t('spread.rumour.linkButton')}
      </button>
    </form>
  );
}

function NewRefutation({
  timeZone,
  defaultTime,
  onCreate,
}: {
  timeZone: string;
  defaultTime: string;
  onCreate: (draft: Omit<Refutation, 'itemIds'>) => Promise<void>;
}) {
  const t = useT();
  const [title, setTitle] = useState('');
  const [publisher, setPublisher] = useState('');
  const [channel, setChannel] = useState('');
  const [url, setUrl] = useState('');
  const [publishedAt, setPublishedAt] = useState(defaultTime);
  const [problem, setProblem] = useState<string | null>(null);

  const submit = async () => {
    const iso = wallClockToIso(publishedAt, timeZone);
    if (!title.trim() || !publisher.trim() || !channel.trim() || iso === null) {
      setProblem(t('spread.rumour.required'));
      return;
    }
    setProblem(null);
    await onCreate({
      id: newId(),
      title: title.trim(),
      publisher: publisher.trim(),
      channel: channel.trim(),
      url: url.trim() || null,
      publishedAt: iso,
      createdAt: new Date().toISOString(),
    });
    setTitle('');
    setUrl('');
  };

  return (
    <form
      className="spread-form"
      aria-label={t('spread.rumour.new')}
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <h4>{t('spread.rumour.new')}</h4>
      <div className="spread-form-row">
        <div className="field">
          <label htmlFor="refutation-title">{t('spread.rumour.titleField')}</label>
          <input id="refutation-title" value={title} onChange={(event) => setTitle(event.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="refutation-publisher">{t('spread.rumour.publisher')}</label>
          <input id="refutation-publisher" value={publisher} onChange={(event) => setPublisher(event.target.value)} />
        </div>
      </div>
      <div className="spread-form-row">
        <div className="field">
          <label htmlFor="refutation-channel">{t('spread.rumour.channel')}</label>
          <input id="refutation-channel" value={channel} onChange={(event) => setChannel(event.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="refutation-time">{t('spread.rumour.publishedAt')}</label>
          <input id="refutation-time" type="datetime-local" value={publishedAt} onChange={(event) => setPublishedAt(event.target.value)} />
        </div>
      </div>
      <div className="field">
        <label htmlFor="refutation-url">{t('spread.rumour.url')}</label>
        <input id="refutation-url" value={url} onChange={(event) => setUrl(event.target.value)} />
      </div>
      {problem ? (
        <p className="error-text" role="alert">
          {problem}
        </p>
      ) : null}
      <button type="submit" className="button small">
        {t('spread.rumour.create')}
      </button>
    </form>
  );
}
