import { useEffect, useState } from 'react';
import type { AuditChainResult } from '../../../shared/audit/chain';
import type { AuditEntry } from '../../../shared/domain/types';
import type { Repositories } from '../../db';
import { useT } from '../../i18n';
import { formatDateTime } from '../../i18n/format';
import { actionLabel, actorLabel, targetLabel } from './audit-labels';
import { useAuditHealth } from './audit-health';
import './audit.css';

type Lookup = { audit: Pick<Repositories['audit'], 'range'> };

/**
 * The first entry where the chain breaks, as the 操作日志 page shows it: what it claims (time, person,
 * action, target), so the analyst can say which record was touched. A removed entry is named by its seq.
 */
export function AuditBreak({
  repositories,
  result,
  names,
}: {
  repositories: Lookup;
  result: AuditChainResult | null;
  names: ReadonlyMap<string, string>;
}) {
  const t = useT();
  const background = useAuditHealth((state) => state.result);
  const shown = result ?? background;
  const firstBadSeq = shown && !shown.ok ? shown.firstBadSeq : null;
  const [entry, setEntry] = useState<AuditEntry | null>(null);

  useEffect(() => {
    if (firstBadSeq === null) return;
    let live = true;
    void repositories.audit.range(firstBadSeq, 1).then(([found]) => {
      if (live) setEntry(found?.seq === firstBadSeq ? found : null);
    });
    return () => {
      live = false;
    };
  }, [repositories, firstBadSeq]);

  if (firstBadSeq === null) return null;
  return (
    <section className="audit-first-bad" data-testid="audit-first-bad" aria-labelledby="audit-first-bad-title">
      <h2 id="audit-first-bad-title">
        {t('reliability.firstBadTitle')} · {t('audit.seq')} {firstBadSeq}
      </h2>
      {entry ? (
        <dl>
          <dt>{t('reliability.firstBadAt')}</dt>
          <dd>{formatDateTime(entry.at)}</dd>
          <dt>{t('reliability.firstBadActor')}</dt>
          <dd>{actorLabel(t, entry.actor, names)}</dd>
          <dt>{t('reliability.firstBadAction')}</dt>
          <dd>{actionLabel(t, entry.action)}</dd>
          <dt>{t('reliability.firstBadTarget')}</dt>
          <dd>{targetLabel(t, entry, names)}</dd>
        </dl>
      ) : (
        <p>{t('reliability.firstBadMissing', { seq: firstBadSeq })}</p>
      )}
      <p className="hint">{t('reliability.firstBadHint')}</p>
    </section>
  );
}
