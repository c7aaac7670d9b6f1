import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { Report, ReportItemEntry } from '../../../shared/domain/report-types';
import type { Item, Profile } from '../../../shared/domain/types';
import type { Repositories } from '../../db';
import { useT } from '../../i18n';
import { TextField } from '../../ui/TextField';
import { addItems, editReport, flushEdits, setItems, useCompose } from './compose-store';
import { ItemPicker, itemTitle } from './ItemPicker';
import { HEADING_FIELDS } from './heading-fields';
import { reportedItem } from './reported-item';
import { STAT_DIMENSIONS, signedNumber, statLine } from './report-labels';

/** Moves one entry; returns the list unchanged when either position is outside it. */
export function moveEntry<T>(list: readonly T[], from: number, to: number): T[] {
  if (from === to || from < 0 || to < 0 || from >= list.length || to >= list.length) return [...list];
  const next = [...list];
  const [moved] = next.splice(from, 1) as [T];
  next.splice(to, 0, moved);
  return next;
}

function ItemEntry({
  entry,
  index,
  count,
  item,
  editable,
  onMove,
  onRemove,
  onText,
  dragging,
  onDragStart,
  onDrop,
}: {
  entry: ReportItemEntry;
  index: number;
  count: number;
  item: Item | undefined;
  editable: boolean;
  onMove: (to: number) => void;
  onRemove: () => void;
  onText: (text: string) => void;
  dragging: boolean;
  onDragStart: () => void;
  onDrop: () => void;
}) {
  const t = useT();
  const ids = useId();
  const title = item ? itemTitle(item, t('reports.untitled')) : t('reports.itemMissing', { id: entry.itemId });
  const onKeyDown = (event: KeyboardEvent) => {
    if (!editable || !event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    event.preventDefault();
    onMove(event.key === 'ArrowUp' ? index - 1 : index + 1);
  };
  return (
    <li
      className={`report-item${dragging ? ' dragging' : ''}`}
      data-testid="report-item"
      onDragOver={(event) => {
        if (editable) event.preventDefault();
      }}
      onDrop={(event) => {
        event.preventDefault();
        onDrop();
      }}
    >
      <div className="report-item-head">
        {editable ? (
          <button
            type="button"
            className="drag-handle"
            draggable
            data-testid="drag-handle"
            aria-label={t('reports.dragHandle', { n: index + 1 })}
            onDragStart={(event) => {
              event.dataTransfer.effectAllowed = 'move';
              event.dataTransfer.setData('text/plain', entry.itemId);
              onDragStart();
            }}
            onKeyDown={onKeyDown}
          >
            ⋮⋮
          </button>
        ) : null}
        <span className="item-number">{index + 1}.</span>
        {item ? <span className={`kind-tag kind-${item.kind}`}>{t(`kind.${item.kind}`)}</span> : null}
        <strong className="item-title">{title}</strong>
        {item ? (
          <span className="muted" data-testid="report-item-facts">
            {[item.platform, item.region, item.account ? t('reports.accountFact', { account: item.account }) : null]
              .filter(Boolean)
              .join(' · ')}
          </span>
        ) : null}
        {editable ? (
          <span className="item-buttons">
            <button type="button" className="link-button" disabled={index === 0} onClick={() => onMove(index - 1)}>
              {t('reports.moveUp')}
            </button>
            <button type="button" className="link-button" disabled={index === count - 1} onClick={() => onMove(index + 1)}>
              {t('reports.moveDown')}
            </button>
            <button type="button" className="link-button danger" onClick={onRemove}>
              {t('reports.remove')}
            </button>
          </span>
        ) : null}
      </div>
      {item?.content ? <p className="item-content">{item.content}</p> : null}
      <label htmlFor={`${ids}-assessment`} className="assessment-label">
        {t('reports.assessment')}
      </label>
      <textarea
        id={`${ids}-assessment`}
        rows={2}
        value={entry.assessmentText}
        placeholder={editable ? t('reports.assessmentPlaceholder') : undefined}
        readOnly={!editable}
        onKeyDown={onKeyDown}
        onChange={(event) => onText(event.target.value)}
      />
    </li>
  );
}

/** The report's content: heading and date, 概况, items with 研判, 对策建议, statistics, account masking. */
export function ReportEditor({
  report,
  items,
  profile,
  editable,
  repositories,
}: {
  report: Report;
  items: ReadonlyMap<string, Item>;
  profile: Profile;
  editable: boolean;
  repositories: Repositories;
}) {
  const t = useT();
  const ids = useId();
  const accountMasker = useCompose((state) => state.accountMasker);
  const [dragFrom, setDragFrom] = useState<number | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const list = useRef<HTMLOListElement>(null);
  const focusAfterMove = useRef<number | null>(null);
  const edit = (changes: Parameters<typeof editReport>[0]) => editReport(changes, profile.id);

  useEffect(() => {
    const target = focusAfterMove.current;
    if (target === null) return;
    focusAfterMove.current = null;
    list.current?.querySelectorAll<HTMLElement>('[data-testid="drag-handle"]')[target]?.focus();
  }, [report.items]);

  const move = (from: number, to: number) => {
    if (to < 0 || to >= report.items.length) return;
    setItems(moveEntry(report.items, from, to), profile.id);
    focusAfterMove.current = to;
    setAnnouncement(t('reports.moved', { n: to + 1 }));
  };

  const stats = report.stats;
  return (
    <div className="report-editor" onBlur={() => void flushEdits()}>
      <section className="panel">
        <h2 className="section-title inline">{t('reports.section.heading')}</h2>
        <div className="inline-fields">
          {HEADING_FIELDS.map(({ field, label, placeholder }) => (
            <TextField
              key={field}
              id={`${ids}-${field}`}
              label={t(label)}
              value={report.heading[field]}
              placeholder={t(placeholder)}
              readOnly={!editable}
              onValue={(value) => edit({ heading: { ...report.heading, [field]: value } })}
            />
          ))}
          <TextField
            id={`${ids}-date`}
            label={t('reports.date')}
            type="date"
            value={report.date}
            readOnly={!editable}
            onValue={(date) => {
              if (/^\d{4}-\d{2}-\d{2}$/.test(date)) edit({ date });
            }}
          />
        </div>
        <label className="radio mask-choice">
          <input
            type="checkbox"
            checked={report.maskAccounts}
            disabled={!editable}
            onChange={(event) => edit({ maskAccounts: event.target.checked })}
          />
          {t('reports.maskAccounts')}
        </label>
        <p className="hint">{t('reports.maskAccountsHint')}</p>
      </section>

      <section className="panel">
        <label htmlFor={`${ids}-overview`} className="section-title inline block">
          {t('reports.section.overview')}
        </label>
        <textarea
          id={`${ids}-overview`}
          rows={4}
          value={report.overview}
          placeholder={editable ? t('reports.overviewPlaceholder') : undefined}
          readOnly={!editable}
          onChange={(event) => edit({ overview: event.target.value })}
        />
      </section>

      <section className="panel">
        <h2 className="section-title inline">{t('reports.section.items')}</h2>
        {editable ? <p className="hint">{t('reports.itemsHint')}</p> : null}
        <p className="visually-hidden" role="status" aria-live="polite">
          {announcement}
        </p>
        {report.items.length === 0 ? (
          <p className="muted" data-testid="items-empty">
            {t('reports.itemsEmpty')}
          </p>
        ) : (
          <ol className="report-items" ref={list}>
            {report.items.map((entry, index) => (
              <ItemEntry
                key={entry.itemId}
                entry={entry}
                index={index}
                count={report.items.length}
                item={reportedItem(report, items.get(entry.itemId), accountMasker)}
                editable={editable}
                dragging={dragFrom === index}
                onDragStart={() => setDragFrom(index)}
                onDrop={() => {
                  if (dragFrom !== null) move(dragFrom, index);
                  setDragFrom(null);
                }}
                onMove={(to) => move(index, to)}
                onRemove={() =>
                  setItems(
                    report.items.filter((candidate) => candidate.itemId !== entry.itemId),
                    profile.id,
                  )
                }
                onText={(text) =>
                  edit({ items: report.items.map((candidate, at) => (at === index ? { ...candidate, assessmentText: text } : candidate)) })
                }
              />
            ))}
          </ol>
        )}
        {editable ? (
          <ItemPicker
            repositories={repositories}
            inReport={new Set(report.items.map((entry) => entry.itemId))}
            onAdd={(picked) => addItems(picked, profile.id)}
          />
        ) : null}
      </section>

      <section className="panel">
        <h2 className="section-title inline">{t('reports.section.suggestions')}</h2>
        {report.suggestions.length === 0 ? <p className="muted">{t('reports.suggestionsEmpty')}</p> : null}
        <ol className="suggestions">
          {report.suggestions.map((suggestion, index) => (
            <li key={index}>
              <textarea
                rows={2}
                aria-label={t('reports.suggestion', { n: index + 1 })}
                value={suggestion}
                readOnly={!editable}
                onChange={(event) =>
                  edit({ suggestions: report.suggestions.map((value, at) => (at === index ? event.target.value : value)) })
                }
              />
              {editable ? (
                <button
                  type="button"
                  className="link-button danger"
                  onClick={() => edit({ suggestions: report.suggestions.filter((_, at) => at !== index) })}
                >
                  {t('reports.removeSuggestion', { n: index + 1 })}
                </button>
              ) : null}
            </li>
          ))}
        </ol>
        {editable ? (
          <button type="button" className="button secondary" onClick={() => edit({ suggestions: [...report.suggestions, ''] })}>
            {t('reports.addSuggestion')}
          </button>
        ) : null}
      </section>

      <section className="panel">
        <h2 className="section-title inline">{t('reports.section.stats')}</h2>
        {editable && report.items.length > 0 ? (
          // Assessments may change on the items page after an item was added; recounting picks that up.
          <button type="button" className="link-button recount" onClick={() => setItems(report.items, profile.id)}>
            {t('reports.recount')}
          </button>
        ) : null}
        {stats && stats.total > 0 ? (
          <>
            <p data-testid="stats-total">
              {stats.change
                ? t('reports.statsTotalChange', { total: stats.total, change: signedNumber(stats.change.total) })
                : t('reports.statsTotal', { total: stats.total })}
            </p>
            <table className="data-table stats-table">
              <tbody>
                {STAT_DIMENSIONS.map((dimension) => (
                  <tr key={dimension}>
                    <th scope="row">{t(`reports.stats.${dimension}`)}</th>
                    <td>{statLine(t, stats, dimension)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <p className="hint">{t('reports.statsHint')}</p>
          </>
        ) : (
          <p className="muted">{t('reports.statsEmpty')}</p>
        )}
      </section>
    </div>
  );
}
