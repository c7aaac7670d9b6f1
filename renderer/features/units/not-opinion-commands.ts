// 非舆情: routine work news a unit sent in place of public opinion. Marked on the selection from the item list,
// menu or palette through these commands; the 考核 dashboard shows each unit's share so the office can coach it.
import type { CommandBehaviour } from '../../commands/registry';
import { repositoriesOrThrow, writeContext } from '../../workspace/desk';

export type SelectionSource = () => readonly string[];

export interface NotOpinionOutcome {
  changed: number;
}

export async function setNotOpinion(itemIds: readonly string[], notOpinion: boolean): Promise<NotOpinionOutcome> {
  if (itemIds.length === 0) return { changed: 0 };
  const changed = await repositoriesOrThrow().network.setNotOpinion(itemIds, notOpinion, writeContext());
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
