import { useState } from 'react';
import { writeContext } from '../../workspace/desk';
import type { Repositories } from '../../db';
import { errorText, useLocaleStore, useT } from '../../i18n';
import type { StoredCascade } from './cascade-source';
import { openCascade } from './spread-route';
import { loadCascades, showNotice, useSpread } from './spread-store';
import { isoToWallClock, wallClockToIso } from './wall-clock';

/**
 * A repost file (mid / parent) has no record of its original: the analyst names it here, as desk trace's
 * --root-id / --root-text / --root-time do, so the root gets its ID, text and time in the views and exports.
 */
export function ImpliedRootForm({ stored, batchId, repositories }: { stored: StoredCascade; batchId: string; repositories: Repositories }) {
  const t = useT();
  const timeZone = useLocaleStore((state) => state.timeZone);
  const root = stored.cascade.nodes[0];
  const [rootId, setRootId] = useState(stored.rootItem?.externalId ?? (stored.key.startsWith('ext:') ? stored.key.slice(4) : ''));
  const [rootText, setRootText] = useState(stored.rootItem ? '' : (root?.text ?? ''));
  const [rootTime, setRootTime] = useState(isoToWallClock(root?.at ?? null, timeZone).replace('T', ' '));
  const [problem, setProblem] = useState<string | null>(null);

  const submit = async () => {
    const typed = rootTime.trim();
    const iso = typed === '' ? null : wallClockToIso(typed.replace(' ', 'T'), timeZone);
    if (typed !== '' && iso === null) {
      setProblem(t('spread.implied.badTime'));
      return;
    }
    setProblem(null);
    try {
      await repositories.spread.describeImpliedRoot(batchId, { rootId, rootText, rootTime: iso }, writeContext());
      await loadCascades(repositories);
      // Naming the original changes the cascade's key, and may join it to the chain of that original.
      const member = stored.itemIds[0];
      const holding = useSpread.getState().set?.cascades.find((candidate) => member !== undefined && candidate.itemIds.includes(member));
      if (holding) openCascade(holding.key);
      showNotice('ok', t('spread.implied.saved'));
    } catch (error) {
      showNotice('bad', errorText(error));
    }
  };

  return (
    <form
      className="spread-form spread-implied-root"
      data-testid="implied-root-form"
      aria-labelledby="implied-root-title"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <h3 id="implied-root-title">{t('spread.implied.title')}</h3>
      <p className="muted small-text">{t('spread.implied.why')}</p>
      <div className="field">
        <label htmlFor="implied-root-id">{t('spread.implied.id')}</label>
        <input id="implied-root-id" value={rootId} onChange={(event) => setRootId(event.target.value)} />
      </div>
      <div className="field">
        <label htmlFor="implied-root-text">{t('spread.implied.text')}</label>
        <input id="implied-root-text" value={rootText} onChange={(event) => setRootText(event.target.value)} />
      </div>
      <div className="field">
        <label htmlFor="implied-root-time">{t('spread.implied.time')}</label>
        <input
          id="implied-root-time"
          value={rootTime}
          placeholder={t('spread.implied.timeHint')}
          onChange={(event) => setRootTime(event.target.value)}
        />
      </div>
      {problem ? (
        <p className="error-text" role="alert">
          {problem}
        </p>
      ) : null}
      <button type="submit" className="button small">
        {t('spread.implied.save')}
      </button>
    </form>
  );
}
