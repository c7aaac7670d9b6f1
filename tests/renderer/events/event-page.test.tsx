import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Item } from '../../../shared/domain/types';
import { useDesk } from '../../../renderer/workspace/desk';
import { EventDialog } from '../../../renderer/features/triage/events/EventDialog';
import { EventsPage } from '../../../renderer/features/triage/events/EventsPage';
import { openTriageDialog, useTriageDialog } from '../../../renderer/features/triage/dialog-store';
import { resetUndoHistory } from '../../../renderer/features/triage/undo/undo-store';
import type { DeskDatabase, Repositories } from '../../../renderer/db';
import { buildItem, buildProfile, resetBuilderSequence } from '../../builders';
import { analyst, openTestStore } from '../db/harness';

let db: DeskDatabase;
let repos: Repositories;

/** An ISO time on a day in March 2026, Beijing. */
const beijing = (day: number, hour: number) => new Date(Date.UTC(2026, 2, day, hour - 8)).toISOString();

/** An item first seen at `day`/`hour` (posted then, reported and recorded an hour later). */
function appearing(day: number, hour: number, overrides: Partial<Item>): Item {
  const item = buildItem({ publishedAt: beijing(day, hour), reportedAt: beijing(day, hour + 1), ...overrides });
  return { ...item, provenance: item.provenance.map((row) => ({ ...row, reportedAt: item.reportedAt })) };
}

// Built out of order of appearance, so the page's order is its own doing: the 抖音 video appeared first.
const laterWeibo = () => appearing(5, 10, { platform: '微博', title: '供暖公司回应停暖传言' });
const firstDouyin = () =>
  appearing(3, 8, {
    platform: '抖音',
    title: '视频称某小区明日停暖',
    assessment: { sentiment: 'negative', risk: 3, veracity: 'rumour', category: null, assessedBy: null, assessedAt: null },
  });
const middleWeibo = () => appearing(4, 20, { platform: '微博', title: '网民转发停暖视频' });

// fake-indexeddb on a loaded machine can take seconds to re-read after a write
const SLOW_STORE = { timeout: 10_000 };

let items: Item[];
let eventId: string;

beforeEach(async () => {
  resetBuilderSequence();
  resetUndoHistory();
  ({ db, repos } = await openTestStore('event-page'));
  items = [laterWeibo(), firstDouyin(), middleWeibo()];
  await repos.items.bulkAdd(items, analyst);
  const profile = buildProfile({ id: analyst.actor, name: '王晓燕' });
  await db.profiles.add(profile);
  useDesk.setState({ phase: 'ready', repositories: repos, profile });
  await repos.triage.createEvent({ name: '某小区停暖传言', description: '' }, [items[0]?.id as string, items[1]?.id as string], analyst);
  eventId = (await repos.triage.listEvents())[0]?.id as string;
  window.location.hash = `#/events/${eventId}`;
});

afterEach(() => {
  cleanup();
  useTriageDialog.setState({ open: null, targetIds: [], returnFocus: null });
  window.location.hash = '';
  db.close();
});

const eventRows = () => within(screen.getByTestId('event-items')).getAllByRole('row').slice(1);
const titlesInTable = () => eventRows().map((row) => within(row).getByRole('link').textContent);
const statBlock = (title: string) => within(screen.getByText(title).closest('.stat-block') as HTMLElement);

describe('the event page', () => {
  it('lists the items in order of first appearance, draws one timeline dot each, and counts them', async () => {
    render(<EventsPage />);

    await screen.findByRole('heading', { level: 1, name: '某小区停暖传言' });
    expect(titlesInTable()).toEqual(['视频称某小区明日停暖', '供暖公司回应停暖传言']);
    expect(screen.getByRole('img', { name: '2 条条目按首次出现时间排列' }).querySelectorAll('.timeline-dot')).toHaveLength(2);
    // the first dot is the earliest item, at the left edge; the last at the right
    const dots = [...document.querySelectorAll<HTMLElement>('.timeline-dot')];
    expect(dots.map((dot) => dot.style.left)).toEqual(['0%', '100%']);

    const figures = within(screen.getByTestId('event-stats'));
    expect(figures.getByText('条目数').closest('.count-card')?.querySelector('.count-value')?.textContent).toBe('2');
    expect(figures.getByText('2026年3月3日 08:00 至 2026年3月5日 10:00')).toBeTruthy();
    expect(statBlock('按平台').getByText('微博').nextSibling?.nextSibling?.textContent).toBe('1');
    expect(statBlock('按平台').getByText('抖音').nextSibling?.nextSibling?.textContent).toBe('1');
    expect(statBlock('按风险等级').getByText('Ⅱ级（重大）').nextSibling?.nextSibling?.textContent).toBe('1');
  });

  it('takes in items put into it from the 归入事件 dialog, with figures and timeline recounted', async () => {
    render(
      <>
        <EventsPage />
        <EventDialog />
      </>,
    );
    await screen.findByRole('heading', { level: 1, name: '某小区停暖传言' });
    act(() => openTriageDialog('event', [items[2]?.id as string]));

    const dialog = within(await screen.findByTestId('event-dialog'));
    await dialog.findByRole('option', { name: '某小区停暖传言' });
    fireEvent.change(dialog.getByLabelText('事件'), { target: { value: eventId } });
    fireEvent.click(dialog.getByRole('button', { name: '归入此事件' }));

    await waitFor(() => expect(titlesInTable()).toEqual(['视频称某小区明日停暖', '网民转发停暖视频', '供暖公司回应停暖传言']), SLOW_STORE);
    expect(screen.getByRole('img', { name: '3 条条目按首次出现时间排列' }).querySelectorAll('.timeline-dot')).toHaveLength(3);
    expect(statBlock('按平台').getByText('微博').nextSibling?.nextSibling?.textContent).toBe('2');
    expect((await repos.items.get(items[2]?.id as string))?.eventId).toBe(eventId);
  });

  it('移出事件 takes one item out: it leaves the table and the figures, and stays in the store outside any event', async () => {
    render(<EventsPage />);
    await screen.findByRole('heading', { level: 1, name: '某小区停暖传言' });
    const douyinRow = eventRows().find((row) => row.textContent?.includes('视频称某小区明日停暖')) as HTMLElement;

    fireEvent.click(within(douyinRow).getByRole('button', { name: '移出事件' }));

    await waitFor(() => expect(titlesInTable()).toEqual(['供暖公司回应停暖传言']), SLOW_STORE);
    expect(screen.getByRole('img', { name: '1 条条目按首次出现时间排列' })).toBeTruthy();
    expect(statBlock('按平台').queryByText('抖音')).toBeNull();
    expect(statBlock('按风险等级').queryByText('Ⅱ级（重大）')).toBeNull();
    const removed = await repos.items.get(items[1]?.id as string);
    expect(removed?.eventId).toBeNull();
    expect(await repos.triage.countEventItems(eventId)).toBe(1);
  });

  it('the event list counts each event’s items and links to its page', async () => {
    window.location.hash = '#/events';
    render(<EventsPage />);
    const table = within(await screen.findByTestId('event-table'));
    const link = table.getByRole('link', { name: '某小区停暖传言' });
    expect(link.getAttribute('href')).toBe(`#/events/${eventId}`);
    expect(link.closest('tr')?.querySelector('.numeric')?.textContent).toBe('2');
  });
});
