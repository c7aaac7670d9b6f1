import { useEffect, useState } from 'react';
import { calendarProblems, type WorkCalendar } from '../../../shared/network/calendar';
import { china2026Calendar, CHINA_2026_HOLIDAY_NAMES } from '../../../shared/network/china-2026';
import { isLocalDate, isoWeekday } from '../../../shared/time';
import { useDesk, writeContext } from '../../workspace/desk';
import { StatusMessage, type StatusNote } from '../../ui/Feedback';
import { TextField } from '../../ui/TextField';
import { NETWORK_SETTINGS } from '../../db';
import { useLocaleStore, useT } from '../../i18n';
import { formatLocalDate } from './text';
import { notedWrite } from './noted-write';

type Side = 'holidays' | 'adjustedWorkdays';

function sameCalendar(a: WorkCalendar, b: WorkCalendar): boolean {
  return (
    JSON.stringify([[...a.holidays].sort(), [...a.adjustedWorkdays].sort()]) ===
    JSON.stringify([[...b.holidays].sort(), [...b.adjustedWorkdays].sort()])
  );
}

/** 节假日与调休: the working-day calendar expected days follow, stored in settings and edited here. */
export function CalendarTab() {
  const t = useT();
  const locale = useLocaleStore((state) => state.locale);
  const repositories = useDesk((state) => state.repositories);
  const [stored, setStored] = useState<WorkCalendar | null>(null);
  const [draft, setDraft] = useState<WorkCalendar | null>(null);
  const [message, setMessage] = useState<StatusNote | null>(null);

  useEffect(() => {
    if (!repositories) return;
    void repositories.network.calendar().then((calendar) => {
      setStored(calendar);
      setDraft(calendar);
    });
  }, [repositories]);

  if (!repositories || !draft || !stored) return <p className="muted">{t('units.loading')}</p>;
  const problems = calendarProblems(draft);
  const changed = !sameCalendar(draft, stored);

  const save = () =>
    notedWrite(setMessage, async () => {
      const sorted = { holidays: [...draft.holidays].sort(), adjustedWorkdays: [...draft.adjustedWorkdays].sort() };
      await repositories.network.saveSetting(NETWORK_SETTINGS.calendar, sorted, writeContext());
      setStored(sorted);
      setDraft(sorted);
      return t('units.calendar.saved');
    });

  return (
    <div data-testid="units-calendar">
      <p className="hint">{t('units.calendar.explain')}</p>
      <div className="units-two">
        <DateList
          side="holidays"
          title={t('units.calendar.holidays')}
          hint={t('units.calendar.holidaysHint')}
          dates={draft.holidays}
          onChange={(dates) => setDraft({ ...draft, holidays: dates })}
        />
        <DateList
          side="adjustedWorkdays"
          title={t('units.calendar.adjusted')}
          hint={t('units.calendar.adjustedHint')}
          dates={draft.adjustedWorkdays}
          onChange={(dates) => setDraft({ ...draft, adjustedWorkdays: dates })}
        />
      </div>
      {problems.length > 0 ? (
        <ul className="problem-list" role="alert">
          {problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      ) : null}
      <div className="units-actions" style={{ marginTop: 12 }}>
        <button type="button" className="button" disabled={!changed || problems.length > 0} onClick={() => void save()}>
          {t('units.calendar.save')}
        </button>
        <button type="button" className="button secondary" disabled={!changed} onClick={() => setDraft(stored)}>
          {t('units.calendar.undo')}
        </button>
        <button type="button" className="button secondary" onClick={() => setDraft(china2026Calendar())}>
          {t('units.calendar.reset2026')}
        </button>
        <StatusMessage note={message} />
      </div>
      <section className="units-panel">
        <h3>{t('units.calendar.referenceTitle')}</h3>
        <p className="hint">{t('units.calendar.referenceSource')}</p>
        <ul>
          {CHINA_2026_HOLIDAY_NAMES.map((holiday) => (
            <li key={holiday.name}>
              {t('units.calendar.referenceLine', {
                name: holiday.name,
                from: formatLocalDate(holiday.from, locale),
                to: formatLocalDate(holiday.to, locale),
              })}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}

const WEEKDAY_KEYS = [
  '',
  'units.weekday.1',
  'units.weekday.2',
  'units.weekday.3',
  'units.weekday.4',
  'units.weekday.5',
  'units.weekday.6',
  'units.weekday.7',
] as const;

function DateList({
  side,
  title,
  hint,
  dates,
  onChange,
}: {
  side: Side;
  title: string;
  hint: string;
  dates: readonly string[];
  onChange: (dates: string[]) => void;
}) {
  const t = useT();
  const [adding, setAdding] = useState('');
  const sorted = [...dates].sort();
  const canAdd = isLocalDate(adding) && !dates.includes(adding);
  return (
    <section className="units-panel" data-testid={`calendar-${side}`}>
      <h3>{t('units.calendar.listTitle', { title, count: dates.length })}</h3>
      <p className="hint">{hint}</p>
      <div className="units-toolbar">
        <TextField id={`calendar-add-${side}`} label={t('units.calendar.date')} type="date" value={adding} onValue={setAdding} />
        <button
          type="button"
          className="button secondary"
          disabled={!canAdd}
          onClick={() => {
            onChange([...dates, adding]);
            setAdding('');
          }}
        >
          {t('units.calendar.add')}
        </button>
      </div>
      {sorted.length === 0 ? (
        <p className="muted">{t('units.calendar.empty')}</p>
      ) : (
        <div className="date-chips">
          {sorted.map((date) => {
            const weekday = isLocalDate(date) ? isoWeekday(date) : 0;
            return (
              <span className="date-chip" key={date}>
                {date} {weekday > 0 ? t(WEEKDAY_KEYS[weekday] as (typeof WEEKDAY_KEYS)[1]) : ''}
                <button
                  type="button"
                  aria-label={t('units.calendar.remove', { date })}
                  onClick={() => onChange(dates.filter((other) => other !== date))}
                >
                  ×
                </button>
              </span>
            );
          })}
        </div>
      )}
    </section>
  );
}
