// The virtualised item table. Only the rows on screen exist in the DOM and only they are read from the store
// (by id, from the worker's result). Past MAX_SCROLL_PX the scrollbar is scaled (shared/search/scroll.ts), so
// every one of a million rows is reachable by scrolling and by keyboard.
import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type MouseEvent,
  type PointerEvent,
} from 'react';
import type { Item } from '../../../shared/domain/types';
import { highlightRanges, splitByRanges } from '../../../shared/search/highlight';
import { parseQuery, type ParsedQuery } from '../../../shared/search/query';
import { contentHeight, scrollTopToReveal, visibleRows, type ScrollGeometry } from '../../../shared/search/scroll';
import { useT, type Translate } from '../../i18n';
import { formatDateTime, formatNumber } from '../../i18n/format';
import {
  ALWAYS_VISIBLE,
  MIN_COLUMN_WIDTH,
  NUMERIC_COLUMNS,
  columnLabel,
  widthOf,
  type ColumnId,
  type ColumnSettings,
} from './list-columns';
import { ensureRows, openItem, selectRangeTo, syncFocusedId, toggleSelected, useItems } from './items-store';

export const ROW_HEIGHT = 34;
const HEADER_HEIGHT = 34;
const SELECT_WIDTH = 36;
const OVERSCAN = 6;

function Highlighted({ text, query }: { text: string; query: ParsedQuery }) {
  const segments = splitByRanges(text, highlightRanges(text, query));
  return (
    <>
      {segments.map((segment, index) => (segment.hit ? <mark key={index}>{segment.text}</mark> : <span key={index}>{segment.text}</span>))}
    </>
  );
}

/** The part of the content around the first hit, so a match deep in a long text is visible in its row. */
export function snippetAround(content: string, query: ParsedQuery, length = 80): string {
  const ranges = highlightRanges(content, query);
  const first = ranges[0];
  // the content column shows ~15 characters beside a title: the hit must be among them
  if (!first || first[0] < 6) return content.slice(0, length);
  const start = Math.max(0, first[0] - 4);
  return `…${content.slice(start, start + length)}`;
}

function cellText(item: Item, column: ColumnId, t: Translate, unitNames: ReadonlyMap<string, string>): string {
  switch (column) {
    case 'reportedAt':
      return formatDateTime(item.reportedAt);
    case 'publishedAt':
      return item.publishedAt ? formatDateTime(item.publishedAt) : t('items.noTime');
    case 'platform':
      return item.platform ?? '';
    case 'region':
      return item.region ?? '';
    case 'unit':
      return item.unitId ? (unitNames.get(item.unitId) ?? item.unitId) : '';
    case 'feeds':
      return item.feeds.map((feed) => t(`items.feed.${feed}`)).join('、');
    case 'account':
      return item.account ?? '';
    case 'status':
      return t(`items.status.${item.status}`);
    case 'risk':
      return item.assessment.risk ? t(`items.risk.${item.assessment.risk}`) : '';
    case 'sentiment':
      return item.assessment.sentiment ? t(`items.sentiment.${item.assessment.sentiment}`) : '';
    case 'veracity':
      return item.assessment.veracity ? t(`items.veracity.${item.assessment.veracity}`) : '';
    case 'tags':
      return item.tags.join('、');
    case 'reposts':
    case 'comments':
    case 'likes':
    case 'views': {
      const value = item.metrics[column];
      return value === null ? '' : formatNumber(value);
    }
    default:
      return '';
  }
}

function Cell({
  item,
  column,
  query,
  t,
  unitNames,
}: {
  item: Item;
  column: ColumnId;
  query: ParsedQuery;
  t: Translate;
  unitNames: ReadonlyMap<string, string>;
}) {
  if (column === 'kind') {
    return <span className={`kind-badge kind-${item.kind}`}>{t(`kind.${item.kind}`)}</span>;
  }
  if (column === 'title') {
    const content = item.content ?? '';
    return (
      <>
        <span className="row-title">{item.title ? <Highlighted text={item.title} query={query} /> : t('items.noTitle')}</span>
        {content ? (
          <span className="row-snippet">
            <Highlighted text={snippetAround(content, query)} query={query} />
          </span>
        ) : null}
      </>
    );
  }
  if (column === 'risk' && item.assessment.risk) {
    return <span className={`risk-badge risk-${item.assessment.risk}`}>{cellText(item, column, t, unitNames)}</span>;
  }
  if (column === 'status') return <span className={`status-badge status-${item.status}`}>{cellText(item, column, t, unitNames)}</span>;
  if (column === 'account' || column === 'platform') return <Highlighted text={cellText(item, column, t, unitNames)} query={query} />;
  return <>{cellText(item, column, t, unitNames)}</>;
}

export interface ItemListProps {
  columns: ColumnSettings;
  onResize: (column: ColumnId, width: number, done: boolean) => void;
  unitNames: ReadonlyMap<string, string>;
}

export function ItemList({ columns, onResize, unitNames }: ItemListProps) {
  const t = useT();
  const viewport = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewportHeight, setViewportHeight] = useState(600);
  const total = useItems((state) => state.totals?.matching ?? 0);
  const rows = useItems((state) => state.rows);
  const focusedIndex = useItems((state) => state.focusedIndex);
  const selectedIds = useItems((state) => state.selectedIds);
  const resultVersion = useItems((state) => state.resultVersion);
  const rawQuery = useItems((state) => state.query);
  const query = useMemo(() => parseQuery(rawQuery), [rawQuery]);
  const visibleColumns = columns.visible;
  const tableWidth = SELECT_WIDTH + visibleColumns.reduce((sum, id) => sum + widthOf(columns, id), 0);

  const geometry: ScrollGeometry = useMemo(
    () => ({ rowCount: total, rowHeight: ROW_HEIGHT, viewportHeight: Math.max(ROW_HEIGHT, viewportHeight - HEADER_HEIGHT) }),
    [total, viewportHeight],
  );
  const view = visibleRows(scrollTop, geometry, OVERSCAN);

  useLayoutEffect(() => {
    const element = viewport.current;
    if (!element) return;
    const observer = new ResizeObserver(() => setViewportHeight(element.clientHeight));
    observer.observe(element);
    setViewportHeight(element.clientHeight);
    return () => observer.disconnect();
  }, []);

  // A new result starts at the top.
  const [shownVersion, setShownVersion] = useState(resultVersion);
  if (shownVersion !== resultVersion) {
    setShownVersion(resultVersion);
    setScrollTop(0);
  }
  useEffect(() => {
    if (viewport.current) viewport.current.scrollTop = 0;
  }, [resultVersion]);

  useEffect(() => {
    void ensureRows(view.first, view.end);
  }, [view.first, view.end, resultVersion]);

  useEffect(() => syncFocusedId(), [rows, focusedIndex]);

  // Keyboard focus moves the view with the least scrolling.
  useEffect(() => {
    const element = viewport.current;
    if (!element || total === 0) return;
    const next = scrollTopToReveal(focusedIndex, element.scrollTop, geometry);
    if (Math.abs(next - element.scrollTop) >= 1) {
      element.scrollTop = next;
      setScrollTop(next);
    }
  }, [focusedIndex, geometry, total]);

  const onScroll = useCallback(() => {
    const element = viewport.current;
    if (element) setScrollTop(element.scrollTop);
  }, []);

  const onRowClick = (event: MouseEvent, index: number, item: Item | undefined) => {
    if (!item) return;
    if (event.shiftKey) {
      void selectRangeTo(index);
    } else if (event.ctrlKey || event.metaKey) {
      toggleSelected(item.id, index);
    } else {
      useItems.setState({ focusedIndex: index, focusedId: item.id, anchorIndex: index });
      openItem(item.id);
    }
  };

  const rowNodes = Array.from({ length: Math.max(0, view.end - view.first) }, (_, offset) => {
    const index = view.first + offset;
    const item = rows.get(index);
    const selected = item ? selectedIds.has(item.id) : false;
    const focused = index === focusedIndex;
    return (
      <div
        key={index}
        role="row"
        aria-rowindex={index + 2}
        aria-selected={selected}
        data-testid="item-row"
        data-item-id={item?.id}
        className={`item-row${focused ? ' focused' : ''}${selected ? ' selected' : ''}${index % 2 === 1 ? ' odd' : ''}`}
        style={{ top: (index - view.first) * ROW_HEIGHT, width: tableWidth }}
        // shift-click selects rows, not the text between the two clicks
        onMouseDown={(event) => {
          if (event.shiftKey) event.preventDefault();
        }}
        onClick={(event) => onRowClick(event, index, item)}
      >
        <div role="gridcell" className="cell select-cell" style={{ width: SELECT_WIDTH }}>
          {item ? (
            <input
              type="checkbox"
              tabIndex={-1}
              aria-label={t('items.selectRow')}
              checked={selected}
              onClick={(event) => event.stopPropagation()}
              onChange={() => toggleSelected(item.id, index)}
            />
          ) : null}
        </div>
        {visibleColumns.map((column) => (
          <div
            key={column}
            role="gridcell"
            className={`cell cell-${column}${NUMERIC_COLUMNS.has(column) ? ' numeric' : ''}`}
            style={{ width: widthOf(columns, column) }}
          >
            {item ? (
              <Cell item={item} column={column} query={query} t={t} unitNames={unitNames} />
            ) : column === 'title' ? (
              <span className="muted">{t('items.loadingRow')}</span>
            ) : null}
          </div>
        ))}
      </div>
    );
  });

  return (
    <div
      className="item-list"
      role="grid"
      aria-label={t('items.listLabel', { count: formatNumber(total) })}
      aria-rowcount={total + 1}
      aria-multiselectable
      data-testid="item-list"
    >
      <div className="item-list-viewport" ref={viewport} onScroll={onScroll}>
        <div className="item-list-header" role="row" aria-rowindex={1} style={{ width: tableWidth, height: HEADER_HEIGHT }}>
          <div role="columnheader" className="cell select-cell" style={{ width: SELECT_WIDTH }}>
            <span className="visually-hidden">{t('items.column.select')}</span>
          </div>
          {visibleColumns.map((column) => (
            <div
              key={column}
              role="columnheader"
              className={`cell${NUMERIC_COLUMNS.has(column) ? ' numeric' : ''}`}
              style={{ width: widthOf(columns, column) }}
            >
              <span className="header-label">{t(columnLabel(column))}</span>
              <ResizeHandle
                label={t('items.resizeColumn', { column: t(columnLabel(column)) })}
                width={widthOf(columns, column)}
                onResize={(width, done) => onResize(column, width, done)}
                fixed={ALWAYS_VISIBLE.has(column) && column === 'kind'}
              />
            </div>
          ))}
        </div>
        <div style={{ height: contentHeight(geometry), width: tableWidth, position: 'relative' }}>
          <div className="item-rows" style={{ transform: `translateY(${scrollTop + view.topOffset}px)` }}>
            {rowNodes}
          </div>
        </div>
      </div>
    </div>
  );
}

function ResizeHandle({
  label,
  width,
  onResize,
  fixed,
}: {
  label: string;
  width: number;
  onResize: (width: number, done: boolean) => void;
  fixed: boolean;
}) {
  const start = useRef<{ x: number; width: number } | null>(null);
  if (fixed) return null;
  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    event.preventDefault();
    event.currentTarget.setPointerCapture(event.pointerId);
    start.current = { x: event.clientX, width };
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    if (start.current) onResize(Math.max(MIN_COLUMN_WIDTH, start.current.width + event.clientX - start.current.x), false);
  };
  const onPointerUp = (event: PointerEvent<HTMLDivElement>) => {
    if (!start.current) return;
    onResize(Math.max(MIN_COLUMN_WIDTH, start.current.width + event.clientX - start.current.x), true);
    start.current = null;
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
    event.preventDefault();
    event.stopPropagation();
    onResize(Math.max(MIN_COLUMN_WIDTH, width + (event.key === 'ArrowRight' ? 16 : -16)), true);
  };
  return (
    <div
      role="separator"
      aria-orientation="vertical"
      aria-label={label}
      aria-valuenow={width}
      tabIndex={0}
      className="resize-handle"
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onKeyDown={onKeyDown}
    />
  );
}
