import { describe, expect, it } from 'vitest';
import { applyRecordChange, changeSetOfEntry, conflictOf, encodeChangeSet, invertChangeSet, type ChangeSet } from '../../../shared/triage';

const tagging: ChangeSet = {
  items: {
    a: { before: { tags: [] }, after: { tags: ['民生'] } },
    b: { before: { tags: ['交通'] }, after: { tags: ['交通', '民生'] } },
  },
  tags: { 民生: { before: null, after: { path: '民生', color: '#dbe7f3', createdAt: '2026-03-02T09:00:00+08:00' } } },
};

describe('reading the change an audit entry records', () => {
  it('round-trips the several-table shape, with the entry an undo reverted', () => {
    const { before, after } = encodeChangeSet(tagging, 41);
    expect(after.undoes).toBe(41);
    expect(changeSetOfEntry({ target: 'items:*', items: ['a', 'b'], before, after })).toEqual(tagging);
  });

  it('reads one record’s field change (items.update)', () => {
    expect(changeSetOfEntry({ target: 'items:x', before: { status: 'new' }, after: { status: 'assessed' } })).toEqual({
      items: { x: { before: { status: 'new' }, after: { status: 'assessed' } } },
    });
  });

  it('reads a bulk write keyed by the listed records (items.bulkUpdate, entity bulkPut, remove)', () => {
    const removal = changeSetOfEntry({ target: 'events:*', items: ['e1'], before: { e1: { id: 'e1', name: '供暖' } }, after: null });
    expect(removal).toEqual({ events: { e1: { before: { id: 'e1', name: '供暖' }, after: null } } });
  });

  it('has nothing to reverse for a bulk creation that lists only ids (an import chunk)', () => {
    expect(changeSetOfEntry({ target: 'items:*', items: ['a', 'b'], before: null, after: null })).toBeNull();
    expect(changeSetOfEntry({ target: 'nonsense', before: null, after: null })).toBeNull();
  });
});

describe('inverting and applying', () => {
  it('the inverse of the inverse is the original', () => {
    expect(invertChangeSet(invertChangeSet(tagging))).toEqual(tagging);
  });

  it('undoing a field change restores exactly the fields it changed, and leaves the rest alone', () => {
    const current = { id: 'b', tags: ['交通', '民生'], title: '后来改过的标题' };
    const undo = invertChangeSet(tagging).items?.b;
    if (!undo) throw new Error('missing change');
    expect(conflictOf('items', 'b', undo, current)).toBeNull();
    expect(applyRecordChange(undo, current)).toEqual({ id: 'b', tags: ['交通'], title: '后来改过的标题' });
  });

  it('undoing a creation removes the record; undoing a removal recreates it whole', () => {
    const created = tagging.tags?.['民生'];
    if (!created) throw new Error('missing change');
    const undoCreate = { before: created.after, after: created.before };
    expect(applyRecordChange(undoCreate, { path: '民生' })).toBeUndefined();
    expect(applyRecordChange(created, undefined)).toEqual(created.after);
  });

  it('refuses to undo over a later change, a vanished record or a record that came back', () => {
    const undo = { before: { tags: ['民生'] }, after: { tags: [] } };
    expect(conflictOf('items', 'a', undo, { tags: ['民生', '交通'] })).toEqual({
      table: 'items',
      key: 'a',
      problem: 'changedSince',
      field: 'tags',
    });
    expect(conflictOf('items', 'a', undo, undefined)).toEqual({ table: 'items', key: 'a', problem: 'missing' });
    expect(conflictOf('tags', '民生', { before: null, after: { path: '民生' } }, { path: '民生' })).toEqual({
      table: 'tags',
      key: '民生',
      problem: 'exists',
    });
  });
});
