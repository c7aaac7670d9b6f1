// The persisted index's chunks: read back as the search engine asks for them, and written when changed. A chunk the store no longer
// holds (a cleared or half-written index) is not an empty chunk: it means the index must be built again.
import type { ChunkLoaders, ItemIndex } from '../../../../shared/search/engine';
import type { IndexChunkWrite, IndexRepository } from '../../../db/index-repository';

/** A chunk of the persisted index is missing: the host builds the index again. */
export class IndexMissingError extends Error {
  constructor(what: string) {
    super(`索引数据缺失（${what}），正在重建`);
    this.name = 'IndexMissingError';
  }
}

export function storedChunkLoaders(repo: IndexRepository): ChunkLoaders {
  return {
    postings: async (chunkIndex) => {
      const postings = await repo.loadPostings(chunkIndex);
      if (!postings) throw new IndexMissingError(`倒排块 ${chunkIndex}`);
      return postings;
    },
    texts: async (chunkIndex) => {
      const texts = await repo.loadTexts(chunkIndex);
      if (!texts) throw new IndexMissingError(`文本块 ${chunkIndex}`);
      return texts;
    },
  };
}

/** The changed chunks below `below`, with their postings and texts where those changed too. */
export function dirtyChunkWrites(index: ItemIndex, below: number): IndexChunkWrite[] {
  const writes: IndexChunkWrite[] = [];
  for (const chunkIndex of [...index.dirty].filter((chunk) => chunk < below).sort((a, b) => a - b)) {
    const chunk = index.chunks[chunkIndex];
    if (!chunk) continue;
    const write: IndexChunkWrite = { chunkIndex, columns: chunk.columns };
    if (index.textDirty.has(chunkIndex) && chunk.postings && chunk.texts) {
      write.postings = chunk.postings;
      write.texts = chunk.texts;
    }
    writes.push(write);
  }
  return writes;
}

/** After a save: the written chunks are clean, and (during a build) their texts are freed. */
export function markChunksSaved(index: ItemIndex, writes: readonly IndexChunkWrite[], { dropTexts }: { dropTexts: boolean }): void {
  for (const { chunkIndex } of writes) {
    index.dirty.delete(chunkIndex);
    index.textDirty.delete(chunkIndex);
    if (dropTexts) index.dropTexts(chunkIndex);
  }
}
