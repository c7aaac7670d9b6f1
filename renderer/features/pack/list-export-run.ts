// What the list-export commands run: the list exactly as filtered and sorted on the items page, fetched
// from the index worker in windows of ids and from the store by id, so the export never reads items the
// list does not show. Loaded when first run, as it brings the export code with it.
import type { Item } from '../../../shared/domain/types';
import { repositoriesOrThrow } from '../../workspace/desk';
import { t } from '../../i18n';
import { showToast } from '../triage';
import { currentEngine, useItems } from '../items';
import { exportItemsList, useExport } from './export-store';
import type { ListFormat } from './list-export';

const WINDOW = 2_000;

async function readCurrentResult(visit: (items: Item[]) => void, signal: AbortSignal): Promise<void> {
  const engine = currentEngine();
  const { resultVersion, totals } = useItems.getState();
  if (!engine || !totals) return;
  const repositories = repositoriesOrThrow();
  for (let start = 0; start < totals.matching; start += WINDOW) {
    signal.throwIfAborted();
    const reply = await engine.call('window', {
      resultVersion,
      start,
      count: Math.min(WINDOW, totals.matching - start),
    });
    // The filter changed while exporting: what was asked for no longer exists as one list.
    if (reply.resultVersion !== resultVersion) throw new Error(t('stats.export.listChanged'));
    const items = await repositories.items.getMany(reply.ids);
    visit(items.filter((item): item is Item => item !== undefined));
  }
}

export function exportCurrentList(format: ListFormat): Promise<void> {
  const total = useItems.getState().totals?.matching ?? 0;
  const stamp = new Date().toISOString().slice(0, 10);
  showToast(t('stats.export.listStarted', { count: total }));
  return exportItemsList(repositoriesOrThrow(), { total, baseName: `舆情条目列表-${stamp}`, read: readCurrentResult }, format, {
    mask: false,
  }).then(() => {
    const outcome = useExport.getState().outcome;
    if (outcome) showToast(outcome.message, outcome.tone === 'bad' ? 'error' : 'info');
  });
}
