// The benchmark's baseline: a plain substring scan over the same folded texts the index holds, already in
// memory in a worker, doing the same work as a search (the total and the first 50 by reported time).
import { openDeskDatabase } from '../../../db/database';
import { createIndexRepository } from '../../../db/index-repository';
import { foldText } from '../../../../shared/search/text';

interface WorkerScope {
  postMessage(message: unknown): void;
  onmessage: ((event: MessageEvent<ScanCall>) => void) | null;
}
const scope = self as unknown as WorkerScope;

type ScanCall = { type: 'load' } | { type: 'scan'; term: string; limit: number };

let texts: string[] = [];
let reported = new Int32Array(0);

async function load(): Promise<number> {
  const repo = createIndexRepository(await openDeskDatabase());
  const meta = await repo.loadMeta();
  if (!meta) throw new Error('索引尚未建立');
  const allTexts: string[] = [];
  const times: number[] = [];
  for (let chunkIndex = 0; chunkIndex < meta.chunkCount; chunkIndex += 1) {
    const [columns, chunkTexts] = await Promise.all([repo.loadColumns(chunkIndex), repo.loadTexts(chunkIndex)]);
    if (!columns || !chunkTexts) throw new Error(`索引块 ${chunkIndex} 缺失`);
    for (let local = 0; local < columns.count; local += 1) {
      if (columns.alive[local] !== 1) continue;
      allTexts.push(chunkTexts[local] as string);
      times.push(columns.reportedMin[local] as number);
    }
  }
  texts = allTexts;
  reported = Int32Array.from(times);
  return texts.length;
}

function scan(rawTerm: string, limit: number): { total: number; first: number[] } {
  const term = foldText(rawTerm);
  let total = 0;
  // the newest `limit` matches, newest first
  const first: number[] = [];
  for (let index = 0; index < texts.length; index += 1) {
    if (!(texts[index] as string).includes(term)) continue;
    total += 1;
    const time = reported[index] as number;
    if (first.length === limit && time <= (reported[first[limit - 1] as number] as number)) continue;
    let position = first.length;
    while (position > 0 && (reported[first[position - 1] as number] as number) < time) position -= 1;
    first.splice(position, 0, index);
    if (first.length > limit) first.pop();
  }
  return { total, first };
}

scope.onmessage = (event) => {
  const call = event.data;
  const answer = call.type === 'load' ? load() : Promise.resolve(scan(call.term, call.limit));
  answer.then(
    (value) => scope.postMessage({ ok: true, value }),
    (error: unknown) => scope.postMessage({ ok: false, error: error instanceof Error ? error.message : String(error) }),
  );
};
