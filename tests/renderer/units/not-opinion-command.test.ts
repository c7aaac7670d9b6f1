import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listCommands, registerCommands, runCommand } from '../../../renderer/commands/registry';
import { notOpinionCommands } from '../../../renderer/features/units/not-opinion-commands';
import { buildItem } from '../../builders';
import { analyst, type TestStore } from '../db/harness';
import { recordStoreChanges, useDeskStore } from '../desk-store';

let store: TestStore;
let unregister: () => void = () => undefined;
let selection: string[] = [];

useDeskStore('not-opinion-command', (opened) => (store = opened));
const changes = recordStoreChanges();

beforeEach(() => {
  unregister = registerCommands(notOpinionCommands(() => selection));
});

afterEach(() => unregister());

describe('the 非舆情 commands', () => {
  it('mark and unmark the selection, audited, and refresh the pages counting from the store', async () => {
    const items = [buildItem(), buildItem(), buildItem()];
    await store.repos.items.bulkAdd(items, analyst);
    selection = [items[0]!.id, items[2]!.id];

    expect(await runCommand('items.markNotOpinion')).toBe(true);
    expect((await store.repos.items.getMany(items.map((item) => item.id))).map((item) => item?.notOpinion)).toEqual([true, false, true]);
    const entry = (await store.db.auditLog.orderBy('seq').last())!;
    // the pages counting items hear of the marking, once, after the bulk add before it
    expect(changes.slice(1)).toEqual([{ seq: entry.seq, tables: ['items'], ids: { items: selection } }]);
    expect(entry).toMatchObject({ action: 'items.markNotOpinion', actor: 'system', items: selection });

    selection = [items[2]!.id];
    expect(await runCommand('items.unmarkNotOpinion')).toBe(true);
    expect((await store.repos.items.get(items[2]!.id))?.notOpinion).toBe(false);
  });

  it('are offered only while something is selected, and removed with the page that registered them', async () => {
    selection = [];
    expect(await runCommand('items.markNotOpinion')).toBe(false);
    expect(listCommands().map((command) => command.id)).toEqual(expect.arrayContaining(['items.markNotOpinion', 'items.unmarkNotOpinion']));
    unregister();
    expect(listCommands().map((command) => command.id)).not.toContain('items.markNotOpinion');
  });
});
