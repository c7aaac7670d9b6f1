import { useEffect, useMemo, useState } from 'react';
import { writeContext } from '../../workspace/desk';
import { ErrorAlert } from '../../ui/Feedback';
import { TextField } from '../../ui/TextField';
import { EChart } from '../../charts/EChart';
import type { Repositories } from '../../db';
import { useLocaleStore, useT } from '../../i18n';
import { formatDateTime, formatNumber } from '../../i18n/format';
import type { Refutation } from '../../../shared/domain/types';
import { newId } from '../../../shared/ids';
import type { StoredCascade } from './cascade-source';
import { rumourOption } from './chart-options';
import { chartText } from './chart-text';
import { failureText } from './failure-text';
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

  // Linking one and creating one end alike: the curves are counted again with it, or the reason is shown.
  const saveRefutation = async (write: (target: string) => Promise<unknown>) => {
    if (target === null) return;
    try {
      await write(target);
      showNotice('ok', t('spread.rumour.saved'));
      refresh();
    } catch (error) {
      showNotice('bad', failureText(error));
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
          {unlinked.length > 0 ? (
            <LinkExisting
              refutations={unlinked}
              onLink={(refutationId) => saveRefutation((item) => repositories.spread.linkRefutation(refutationId, item, writeContext()))}
            />
          ) : null}
          <NewRefutation
            timeZone={timeZone}
            onCreate={(draft) =>
              saveRefutation((item) => repositories.spread.createRefutation({ ...draft, itemIds: [item] }, writeContext()))
            }
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
        <TextField id="refutation-title" label={t('spread.rumour.titleField')} value={title} onValue={setTitle} />
        <TextField id="refutation-publisher" label={t('spread.rumour.publisher')} value={publisher} onValue={setPublisher} />
      </div>
      <div className="spread-form-row">
        <TextField id="refutation-channel" label={t('spread.rumour.channel')} value={channel} onValue={setChannel} />
        <TextField
          id="refutation-time"
          label={t('spread.rumour.publishedAt')}
          type="datetime-local"
          value={publishedAt}
          onValue={setPublishedAt}
        />
      </div>
      <TextField id="refutation-url" label={t('spread.rumour.url')} value={url} onValue={setUrl} />
      <ErrorAlert message={problem} />
      <button type="submit" className="button small">
        {t('spread.rumour.create')}
      </button>
    </form>
  );
}
