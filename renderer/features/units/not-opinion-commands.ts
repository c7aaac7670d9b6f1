// 非舆情: routine work news a unit sent in place of public opinion. Marked on the selection from the item list,
// menu or palette through these commands; the 考核 dashboard shows each unit's share so the office can coach it.
import { registerCommands, type CommandBehaviour } from '../../commands/registry';
import { dataChanged, repositoriesOrThrow, writeContext } from '../../workspace/desk';
import { triageTargetIds } from '../triage';

export type SelectionSource = () => readonly string[];

export interface NotOpinionOutcome {
  changed: number;
}

export async function setNotOpinion(itemIds: readonly string[], notOpinion: boolean): Promise<NotOpinionOutcome> {
  if (itemIds.length === 0) return { changed: 0 };
  const changed = await repositoriesOrThrow().network.setNotOpinion(itemIds, notOpinion, writeContext());
  if (changed.length > 0) dataChanged();
  return { changed: changed.length };
}

export function notOpinionCommands(selection: SelectionSource): CommandBehaviour[] {
  return [
    {
      id: 'items.markNotOpinion',
      isEnabled: () => selection().length > 0,
      perform: async () => {
        await setNotOpinion(selection(), true);
      },
    },
    {
      id: 'items.unmarkNotOpinion',
      isEnabled: () => selection().length > 0,
      perform: async () => {
        await setNotOpinion(selection(), false);
      },
    },
  ];
}

/**
 * Registers both commands for the page that owns the selection (the item list passes its selectedItemIds);
 * returns the function that removes them again.
 */
export function registerNotOpinionCommands(selection: SelectionSource): () => void {
  return registerCommands(notOpinionCommands(selection));
}

/**
 * Registers both commands for the whole session, acting on what the item list has selected (or the item its
 * detail shows) exactly as 标签/研判 do; anywhere else nothing is selected, so the palette does not offer them.
 */
export function installNotOpinionCommands(): () => void {
  return registerNotOpinionCommands(triageTargetIds);
}
