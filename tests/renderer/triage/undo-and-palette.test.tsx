import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Item } from '../../../shared/domain/types';
import { useDesk } from '../../../renderer/workspace/desk';
import { useCommandStore } from '../../../renderer/commands/registry';
import { CommandPalette } from '../../../renderer/commands/CommandPalette';
import { closeTriageDialog, openTriageDialog, useTriageDialog } from '../../../renderer/features/triage/dialog-store';
import { registerAppCommands } from '../../../renderer/app/app-commands';
import { ItemDetail } from '../../../renderer/features/items/detail/ItemDetail';
import { redoLast, runTriageWrite, undoLast } from '../../../renderer/features/triage/undo/triage-writes';
import { resetUndoHistory, useUndoStore } from '../../../renderer/features/triage/undo/undo-store';
import type { DeskDatabase, Repositories } from '../../../renderer/db';
import { buildItem, buildProfile, resetBuilderSequence } from '../../builders';
import { analyst, openTestStore } from '../db/harness';

let db: DeskDatabase;
let repos: Repositories;
let items: Item[];

beforeEach(async () => {
  resetBuilderSequence();
  resetUndoHistory();
  ({ db, repos } = await openTestStore('triage-ui'));
  items = Array.from({ length: 12 }, () => buildItem());
  await repos.items.bulkAdd(items, analyst);
  const profile = buildProfile({ id: analyst.actor, name: '王晓燕' });
  await db.profiles.add(profile);
  useDesk.setState({ phase: 'ready', repositories: repos, profile });
});

afterEach(() => {
  cleanup();
  useCommandStore.setState({ commands: new Map() });
  useTriageDialog.setState({ open: null, targetIds: [], returnFocus: null });
  db.close();
});

const tagsOf = async (id: string) => (await repos.items.get(id))?.tags;

describe('undo and redo from the audit chain', () => {
  it('undoes a bulk tagging of twelve items with one step and says so; redo puts it back', async () => {
    const ids = items.map((item) => item.id);
    await runTriageWrite('undo.label.tag', ids.length, (r, ctx) => r.triage.tagItems(ids, { add: ['民生/供暖'] }, ctx));
    expect(await tagsOf(ids[0] as string)).toEqual(['民生/供暖']);

    await undoLast();
    expect(useUndoStore.getState().toast?.text).toBe('已撤销：批量打标签（12 条）');
    for (const id of ids) expect(await tagsOf(id)).toEqual([]);

    await redoLast();
    expect(useUndoStore.getState().toast?.text).toBe('已重做：批量打标签（12 条）');
    expect(await tagsOf(ids[11] as string)).toEqual(['民生/供暖']);

    // every step, undo and redo included, is its own audited entry: add, tag, undo, redo
    expect((await db.auditLog.toArray()).map((entry) => entry.action)).toEqual(['items.add', 'items.tag', 'items.undo', 'items.redo']);
  });

  it('undoes the last commands in reverse order', async () => {
    const id = items[0]?.id as string;
    await runTriageWrite('undo.label.tag', 1, (r, ctx) => r.triage.tagItems([id], { add: ['民生'] }, ctx));
    await runTriageWrite('undo.label.assess', 1, (r, ctx) => r.triage.assessItems([id], { risk: 3 }, ctx));
    await undoLast();
    expect((await repos.items.get(id))?.assessment.risk).toBeNull();
    expect(await tagsOf(id)).toEqual(['民生']);
    await undoLast();
    expect(await tagsOf(id)).toEqual([]);
    await undoLast();
    expect(useUndoStore.getState().toast?.text).toBe('没有可撤销的操作。');
  });

  it('a failed write shows why in Chinese and leaves nothing to undo', async () => {
    await runTriageWrite('undo.label.tag', 1, (r, ctx) => r.triage.tagItems(['no-such-item'], { add: ['民生'] }, ctx));
    expect(useUndoStore.getState().toast).toMatchObject({ tone: 'error', text: expect.stringContaining('操作未完成') });
    expect(useUndoStore.getState().undoStack).toEqual([]);
  });
});

describe('command palette', () => {
  it('lists enabled commands with their shortcuts, filters as typed, and runs the chosen one with Enter', async () => {
    registerAppCommands();
    const id = items[0]?.id as string;
    await runTriageWrite('undo.label.tag', 1, (r, ctx) => r.triage.tagItems([id], { add: ['民生'] }, ctx));
    openTriageDialog('palette');
    render(<CommandPalette onClose={closeTriageDialog} />);

    const list = screen.getByRole('listbox');
    expect(within(list).getByText('撤销')).toBeTruthy();
    expect(within(list).getByText('Ctrl+Z')).toBeTruthy();
    // nothing to redo yet: the command is disabled and not offered
    expect(within(list).queryByText('重做')).toBeNull();

    const input = screen.getByRole('combobox', { name: '查找命令' });
    fireEvent.change(input, { target: { value: '撤销' } });
    expect(within(screen.getByRole('listbox')).getAllByRole('option')).toHaveLength(1);
    fireEvent.keyDown(input, { key: 'Enter' });
    await waitFor(async () => expect(await tagsOf(id)).toEqual([]));
    expect(useTriageDialog.getState().open).toBeNull();
  });

  it('moves through the list with the arrow keys and says so when nothing matches', () => {
    registerAppCommands();
    openTriageDialog('palette');
    render(<CommandPalette onClose={closeTriageDialog} />);
    const input = screen.getByRole('combobox', { name: '查找命令' });
    const first = screen.getAllByRole('option')[0];
    expect(first?.getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    expect(screen.getAllByRole('option')[1]?.getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(input, { key: 'ArrowUp' });
    expect(screen.getAllByRole('option')[0]?.getAttribute('aria-selected')).toBe('true');
    fireEvent.change(input, { target: { value: '不存在的命令' } });
    expect(screen.getByText('没有匹配的命令。')).toBeTruthy();
  });
});

describe('item detail', () => {
  it('shows kind, feeds, provenance and highlights, and its history as readable changes', async () => {
    const item = buildItem({ kind: 'social', title: '网传某旗停止供暖', content: '有网民称明日起停止供暖。', feeds: ['grid', 'cac'] });
    await repos.items.bulkAdd([item], analyst);
    await repos.triage.assessItems([item.id], { risk: 3, veracity: 'rumour' }, analyst);
    render(<ItemDetail itemId={item.id} highlight={['供暖']} />);

    await screen.findByTestId('item-detail');
    expect(screen.getByTestId('detail-kind').textContent).toBe('社会舆情');
    expect(screen.getByTestId('detail-status').textContent).toBe('已研判');
    expect(screen.getByText('网格员、网信办')).toBeTruthy();
    expect([...document.querySelectorAll('mark')].map((mark) => mark.textContent)).toEqual(['供暖', '供暖']);
    const provenance = within(screen.getByTestId('detail-provenance'));
    expect(provenance.getByText('网信办日报.xlsx')).toBeTruthy();
    const history = within(screen.getByTestId('detail-history'));
    expect(history.getByText('研判')).toBeTruthy();
    expect(history.getByText(/风险等级/).textContent).toContain('Ⅱ级（重大）');
    // both the import and the assessment were made by the analyst, named rather than shown as an id
    expect(history.getAllByText('王晓燕')).toHaveLength(2);
  });
});
