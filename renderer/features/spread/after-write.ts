import type { Repositories } from '../../db';
import { cascadeKeyFromHash, openCascade } from './spread-route';
import { loadCascades, useSpread } from './spread-store';

/**
 * A link can change which node is a cascade's original (linking the original to an earlier post makes
 * that post the root), so after the reload the view follows the item to the cascade that now holds it.
 */
export function afterSpreadWrite(repositories: Pick<Repositories, 'spread'>, itemId: string): void {
  void loadCascades(repositories).then(() => {
    const { set } = useSpread.getState();
    const open = cascadeKeyFromHash(window.location.hash);
    if (!set || open === null || set.cascades.some((stored) => stored.key === open)) return;
    const holding = set.cascades.find((stored) => stored.itemIds.includes(itemId));
    if (holding) openCascade(holding.key);
  });
}
