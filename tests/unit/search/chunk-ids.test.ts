import { beforeEach, describe, expect, it } from 'vitest';
import { newId } from '../../../shared/ids';
import { corpusId } from '../../../shared/search/corpus';
import { formatUuid, packUuid } from '../../../shared/ids';
import { ID_BYTES, isPacked, setChunkId, type ChunkIds } from '../../../shared/search/chunk-ids';
import { ItemIndex } from '../../../shared/search/engine';
import { OrdinalLookup, type LookupChunk } from '../../../shared/search/ordinal-lookup';
import { CHUNK_BITS } from '../../../shared/search/postings';
import { resetBuilderSequence, sequentialUuid } from '../../builders/sequence';
import { indexOf, searchIds, textItem } from './builders';

beforeEach(() => resetBuilderSequence());

/** What IndexedDB does to a persisted chunk: a structured clone, typed arrays as raw bytes. */
function persistedAndRestored(index: ItemIndex): ItemIndex {
  const restored = ItemIndex.restore(
    index.dictionaryValues(),
    index.chunks.map((chunk) => structuredClone(chunk.columns)),
  );
  // the host loads the last chunk's postings and texts before it appends (ensureAppendable)
  index.chunks.forEach((chunk, chunkIndex) => {
    if (chunk.postings) restored.setPostings(chunkIndex, structuredClone(chunk.postings));
    if (chunk.texts) restored.setTexts(chunkIndex, [...chunk.texts]);
  });
  return restored;
}

function idsOf(index: ItemIndex): string[] {
  return Array.from({ length: index.slotCount }, (_, ordinal) => index.idAt(ordinal) as string);
}

describe('UUIDs packed into 16 bytes', () => {
  it('come back exactly as written for every kind of id the app makes', () => {
    const ids = [newId(), newId(Date.UTC(2026, 0, 1)), sequentialUuid(7, '17e50000'), corpusId(999_999), crypto.randomUUID()];
    const bytes = new Uint8Array(ids.length * ID_BYTES);
    ids.forEach((id, at) => expect(packUuid(id, bytes, at * ID_BYTES)).toBe(true));
    expect(ids.map((_, at) => formatUuid(bytes, at * ID_BYTES))).toEqual(ids);
  });

  it('refuse any other string and leave the bytes untouched', () => {
    const bytes = new Uint8Array(ID_BYTES).fill(0xaa);
    const canonical = sequentialUuid(1, 'abcdef00');
    for (const id of [
      canonical.toUpperCase(),
      `{${canonical}}`,
      canonical.replaceAll('-', ''),
      canonical.replace('-', '_'),
      `${canonical.slice(0, 35)}g`,
      'demo-item-001',
      '',
    ])
      expect(packUuid(id, bytes, 0), id).toBe(false);
    expect([...bytes]).toEqual(Array.from({ length: ID_BYTES }, () => 0xaa));
  });

  it('turn into strings, the ids so far kept, when a chunk gets an id that does not pack', () => {
    let ids: ChunkIds = new Uint8Array(4 * ID_BYTES);
    ids = setChunkId(ids, 1, 0, sequentialUuid(1));
    ids = setChunkId(ids, 2, 1, sequentialUuid(2));
    expect(isPacked(ids)).toBe(true);
    ids = setChunkId(ids, 3, 2, 'demo-3');
    expect(ids).toEqual([sequentialUuid(1), sequentialUuid(2), 'demo-3']);
    ids = setChunkId(ids, 4, 3, sequentialUuid(4));
    expect(ids).toEqual([sequentialUuid(1), sequentialUuid(2), 'demo-3', sequentialUuid(4)]);
  });
});

describe('item ids in the index', () => {
  it('are persisted packed when all are UUIDs, and idAt / ordinalOf answer after a restore', () => {
    const items = [textItem('供暖不足'), textItem('口罩供应', { id: newId() }), textItem('物业服务', { id: corpusId(5) })];
    const restored = persistedAndRestored(indexOf(items));
    expect(isPacked(restored.chunks[0]?.columns.ids as ChunkIds)).toBe(true);
    expect(idsOf(restored)).toEqual(items.map((item) => item.id));
    for (const [ordinal, item] of items.entries()) expect(restored.ordinalOf(item.id)).toBe(ordinal);
    expect(restored.ordinalOf(sequentialUuid(99, '17e50000'))).toBeUndefined();
    // an uppercase spelling is another id, not the same one
    expect(restored.ordinalOf((items[0]?.id as string).toUpperCase())).toBeUndefined();
  });

  it('fall back to strings in a chunk with any other id, and both kinds are still found', async () => {
    const uuid = textItem('供暖不足');
    const demo = textItem('供暖恢复', { id: 'demo-item-7' });
    const upper = textItem('口罩供应', { id: sequentialUuid(3, 'ABCDEF00') });
    const index = indexOf([uuid]);
    // the lookup exists before the chunk turns into strings, and must keep finding what it held
    expect(index.ordinalOf(uuid.id)).toBe(0);
    index.upsert([demo, upper]);
    const restored = persistedAndRestored(index);
    expect(isPacked(restored.chunks[0]?.columns.ids as ChunkIds)).toBe(false);
    expect(idsOf(restored)).toEqual([uuid.id, demo.id, upper.id]);
    for (const target of [index, restored]) {
      expect(target.ordinalOf(uuid.id)).toBe(0);
      expect(target.ordinalOf(demo.id)).toBe(1);
      expect(target.ordinalOf(upper.id)).toBe(2);
      expect(target.ordinalOf(upper.id.toLowerCase())).toBeUndefined();
    }
    expect((await searchIds(restored, '供暖')).sort()).toEqual([uuid.id, demo.id].sort());
  });

  it('take appends, edits and removals after a restore', async () => {
    const items = Array.from({ length: 5 }, (_, n) => textItem(`供暖问题第${n}条`));
    const restored = persistedAndRestored(indexOf(items));
    const added = textItem('口罩供应', { id: newId() });
    const edited = { ...(items[1] as (typeof items)[number]), content: '物业服务差' };
    restored.upsert([added, edited]);
    restored.remove([items[2]?.id as string]);

    expect(restored.ordinalOf(added.id)).toBe(5);
    // an edit of the text re-indexes the item at a new ordinal; its old one is no longer its ordinal
    expect(restored.ordinalOf(edited.id)).toBe(6);
    expect(restored.idAt(6)).toBe(edited.id);
    expect(restored.ordinalOf(items[2]?.id as string)).toBeUndefined();
    expect(restored.ordinalOf(items[0]?.id as string)).toBe(0);
    expect(await searchIds(restored, '物业')).toEqual([edited.id]);
    expect((await searchIds(restored, '供暖')).sort()).toEqual([items[0], items[3], items[4]].map((item) => item?.id).sort());

    // and the same again once more after a second round trip
    const again = persistedAndRestored(restored);
    expect(idsOf(again)).toEqual(idsOf(restored));
    expect(again.ordinalOf(edited.id)).toBe(6);
  });
});

describe('the ordinal lookup', () => {
  /** A chunk as the lookup sees it, from ids (packed when they all pack) and which are alive. */
  function lookupChunk(ids: readonly string[], alive: (local: number) => boolean = () => true): LookupChunk {
    let stored: ChunkIds = new Uint8Array(ids.length * ID_BYTES);
    ids.forEach((id, local) => (stored = setChunkId(stored, local + 1, local, id)));
    return { count: ids.length, ids: stored, alive: Uint8Array.from(ids, (_, local) => (alive(local) ? 1 : 0)) };
  }

  it('finds every live id across chunks as it grows, and none of the retired ones', () => {
    const first = Array.from({ length: 3_000 }, (_, n) => sequentialUuid(n, 'c0a50000'));
    const second = Array.from({ length: 500 }, (_, n) => (n % 7 === 0 ? `legacy-${n}` : sequentialUuid(n, 'd0a50000')));
    const chunks = [lookupChunk(first, (local) => local % 10 !== 3)];
    const lookup = new OrdinalLookup((chunkIndex) => chunks[chunkIndex]);
    chunks.push({ count: 0, ids: new Uint8Array(second.length * ID_BYTES), alive: new Uint8Array(second.length) });
    const tail = chunks[1] as LookupChunk;
    second.forEach((id, local) => {
      tail.ids = setChunkId(tail.ids, local + 1, local, id);
      tail.alive[local] = 1;
      tail.count = local + 1;
      lookup.add((1 << CHUNK_BITS) | local);
    });

    first.forEach((id, local) => expect(lookup.find(id)).toBe(local % 10 === 3 ? undefined : local));
    second.forEach((id, local) => expect(lookup.find(id)).toBe((1 << CHUNK_BITS) | local));
    expect(lookup.find(sequentialUuid(3_000, 'c0a50000'))).toBeUndefined();
    expect(lookup.find('legacy-1')).toBeUndefined();
  });
});
