import { useEffect, useMemo, useState } from 'react';
import { writeContext } from '../../workspace/desk';
import { ErrorAlert } from '../../ui/Feedback';
import { TextField } from '../../ui/TextField';
import type { NearDuplicateSuggestion, Repositories } from '../../db';
import { SUGGESTION_WINDOW_DAYS } from '../../db';
import { useLocaleStore, useT } from '../../i18n';
import { formatDateTime } from '../../i18n/format';
import { SPREAD_EDGE_TYPES, type Item, type SpreadEdge, type SpreadEdgeType } from '../../../shared/domain/types';
import { maskAccount } from '../../../shared/spread/metrics';
import { BATCH_PREFIX, externalIdOfNode, type StoredCascade } from './cascade-source';
import { afterSpreadWrite } from './after-write';
import { failureText } from './failure-text';
import { selectNode, showNotice, useSpread } from './spread-store';
import { edgeTypeName, platformName } from './text';
import { isoToWallClock, wallClockToIso } from './wall-clock';

const CANDIDATE_LIMIT = 500;
const CANDIDATES_SHOWN = 50;

function itemLabel(item: Item | undefined, fallbackId: string): string {
  if (!item) return fallbackId;
  return `[${platformName(item.platform)}] ${(item.title ?? item.content ?? fallbackId).slice(0, 40)}`;
}

export function ItemPanel({ nodeId, stored, repositories }: { nodeId: string; stored: StoredCascade; repositories: Repositories }) {
  const t = useT();
  const items = useSpread((state) => state.items);
  const unmasked = useSpread((state) => state.unmasked);
  const item = items.get(nodeId);
  const node = stored.cascade.nodes.find((candidate) => candidate.id === nodeId);
  const external = externalIdOfNode(nodeId);

  return (
    <section className="spread-item" aria-labelledby="spread-item-title" data-testid="spread-item-panel">
      <div className="spread-item-head">
        <h2 id="spread-item-title">{t('spread.item.title')}</h2>
        <button type="button" className="button secondary small" onClick={() => selectNode(null)}>
          {t('spread.item.close')}
        </button>
      </div>
      {item ? (
        <>
          <h3 className="spread-item-title">{item.title ?? t('spread.noTitle')}</h3>
          <dl className="metric-list">
            <Field label={t('spread.item.kind')} value={t(`kind.${item.kind}`)} />
            <Field label={t('spread.item.platform')} value={platformName(item.platform)} />
            <Field
              label={t('spread.item.account')}
              value={item.account === null ? t('spread.metrics.noAccount') : unmasked ? item.account : maskAccount(item.account)}
            />
            <Field
              label={t('spread.item.publishedAt')}
              value={item.publishedAt ? formatDateTime(item.publishedAt) : t('spread.item.noTime')}
            />
          </dl>
          {item.content ? <p className="spread-item-content">{item.content}</p> : null}
          {item.url ? (
            <p className="small-text">
              {t('spread.item.url')}: <span className="spread-url">{item.url}</span>
            </p>
          ) : null}
          <p>
            <a className="cascade-link" href={`#/items/${encodeURIComponent(item.id)}`}>
              {t('spread.item.openInItems')}
            </a>
          </p>
          <LinksSection item={item} repositories={repositories} />
          <SuggestionsSection item={item} repositories={repositories} />
        </>
      ) : (
        <>
          <p className="muted">
            {nodeId.startsWith(BATCH_PREFIX) ? t('spread.implied.rootNode') : t('spread.item.external', { id: external ?? nodeId })}
          </p>
          {node ? (
            <dl className="metric-list">
              <Field label={t('spread.item.platform')} value={platformName(node.platform)} />
              <Field
                label={t('spread.item.account')}
                value={node.account === null ? t('spread.metrics.noAccount') : unmasked ? node.account : maskAccount(node.account)}
              />
              <Field label={t('spread.item.publishedAt')} value={node.at ? formatDateTime(node.at) : t('spread.item.noTime')} />
            </dl>
          ) : null}
          {node?.text ? <p className="spread-item-content">{node.text}</p> : null}
        </>
      )}
    </section>
  );
}

function Field({ label, value }: { label: string; value: string }) {
  return (
    <div className="metric-row">
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
}

function LinksSection({ item, repositories }: { item: Item; repositories: Repositories }) {
  const t = useT();
  const timeZone = useLocaleStore((state) => state.timeZone);
  const [links, setLinks] = useState<SpreadEdge[]>([]);
  const [names, setNames] = useState<Map<string, Item>>(new Map());
  const [adding, setAdding] = useState(false);

  const [version, setVersion] = useState(0);
  const refresh = () => setVersion((value) => value + 1);

  useEffect(() => {
    let live = true;
    void (async () => {
      const touching = await repositories.spreadEdges.touching(item.id);
      const others = [...new Set(touching.map((edge) => (edge.from === item.id ? edge.to : edge.from)))];
      const found = await repositories.spread.items(others);
      if (!live) return;
      setLinks(touching);
      setNames(new Map(found.filter((other): other is Item => other !== undefined).map((other) => [other.id, other])));
    })();
    return () => {
      live = false;
    };
  }, [item.id, repositories, version]);

  const remove = async (edge: SpreadEdge) => {
    try {
      await repositories.spread.removeLink(edge.id, writeContext());
      showNotice('ok', t('spread.links.removed'));
      refresh();
      afterSpreadWrite(repositories, item.id);
    } catch (error) {
      showNotice('bad', failureText(error));
    }
  };

  return (
    <section className="spread-item-section" aria-labelledby="spread-links-title">
      <h3 id="spread-links-title">{t('spread.links.title')}</h3>
      {links.length === 0 ? <p className="muted small-text">{t('spread.links.none')}</p> : null}
      <ul className="spread-link-list" data-testid="item-links">
        {links.map((edge) => (
          <li key={edge.id}>
            <span>
              {edge.to === item.id
                ? t('spread.links.incoming', { source: itemLabel(names.get(edge.from), edge.from), type: edgeTypeName(edge.type) })
                : t('spread.links.outgoing', { target: itemLabel(names.get(edge.to), edge.to), type: edgeTypeName(edge.type) })}
              {edge.note ? <span className="muted"> · {edge.note}</span> : null}
            </span>
            <button type="button" className="button secondary small" onClick={() => void remove(edge)}>
              {t('spread.links.remove')}
            </button>
          </li>
        ))}
      </ul>
      {adding ? (
        <AddLinkForm
          item={item}
          repositories={repositories}
          timeZone={timeZone}
          onDone={() => {
            setAdding(false);
            refresh();
          }}
        />
      ) : (
        <button type="button" className="button secondary small" onClick={() => setAdding(true)}>
          {t('spread.links.add')}
        </button>
      )}
    </section>
  );
}

function AddLinkForm({
  item,
  repositories,
  timeZone,
  onDone,
}: {
  item: Item;
  repositories: Repositories;
  timeZone: string;
  onDone: () => void;
}) {
  const t = useT();
  const [candidates, setCandidates] = useState<Item[]>([]);
  const [query, setQuery] = useState('');
  const [source, setSource] = useState('');
  const [type, setType] = useState<SpreadEdgeType>('copy');
  const [at, setAt] = useState(isoToWallClock(item.publishedAt, timeZone));
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    const centre = Date.parse(item.publishedAt ?? item.reportedAt);
    const windowMs = SUGGESTION_WINDOW_DAYS * 86_400_000;
    void repositories.spread
      .publishedBetween(new Date(centre - windowMs).toISOString(), new Date(centre + windowMs).toISOString(), CANDIDATE_LIMIT)
      .then((found) => setCandidates(found.filter((candidate) => candidate.id !== item.id)));
  }, [item, repositories]);

  const shown = useMemo(() => {
    const needle = query.trim().toLowerCase();
    const matching = needle
      ? candidates.filter((candidate) =>
          [candidate.title, candidate.content, candidate.account].some((text) => text?.toLowerCase().includes(needle)),
        )
      : candidates;
    return matching.slice(0, CANDIDATES_SHOWN);
  }, [candidates, query]);

  const save = async () => {
    if (source === '') {
      setProblem(t('spread.links.chooseSource'));
      return;
    }
    try {
      await repositories.spread.addLink({ from: source, to: item.id, type, at: wallClockToIso(at, timeZone), note }, writeContext());
      showNotice('ok', t('spread.links.saved'));
      onDone();
      afterSpreadWrite(repositories, item.id);
    } catch (error) {
      setProblem(failureText(error));
    }
  };

  return (
    <form
      className="spread-form"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <TextField
        id="link-search"
        label={t('spread.links.search', { days: SUGGESTION_WINDOW_DAYS })}
        type="search"
        value={query}
        placeholder={t('spread.links.searchPlaceholder')}
        onValue={setQuery}
      />
      <div className="field">
        <label htmlFor="link-source">{t('spread.links.source')}</label>
        <select
          id="link-source"
          value={source}
          onChange={(event) => setSource(event.target.value)}
          size={Math.min(6, Math.max(2, shown.length))}
        >
          {shown.map((candidate) => (
            <option key={candidate.id} value={candidate.id}>
              {itemLabel(candidate, candidate.id)} ·{' '}
              {candidate.publishedAt ? formatDateTime(candidate.publishedAt) : t('spread.item.noTime')}
            </option>
          ))}
        </select>
        {shown.length === 0 ? <span className="muted small-text">{t('spread.links.noCandidates')}</span> : null}
      </div>
      <div className="spread-form-row">
        <div className="field">
          <label htmlFor="link-type">{t('spread.links.type')}</label>
          <select id="link-type" value={type} onChange={(event) => setType(event.target.value as SpreadEdgeType)}>
            {SPREAD_EDGE_TYPES.map((edgeType) => (
              <option key={edgeType} value={edgeType}>
                {edgeTypeName(edgeType)}
              </option>
            ))}
          </select>
        </div>
        <TextField id="link-at" label={t('spread.links.at')} type="datetime-local" value={at} onValue={setAt} />
      </div>
      <TextField id="link-note" label={t('spread.links.note')} value={note} onValue={setNote} />
      <ErrorAlert message={problem} />
      <button type="submit" className="button small">
        {t('spread.links.save')}
      </button>
    </form>
  );
}

function SuggestionsSection({ item, repositories }: { item: Item; repositories: Repositories }) {
  const t = useT();
  const [suggestions, setSuggestions] = useState<NearDuplicateSuggestion[] | null>(null);

  const [version, setVersion] = useState(0);
  const refresh = () => setVersion((value) => value + 1);

  useEffect(() => {
    let live = true;
    void repositories.spread.nearDuplicatesOf(item).then((found) => {
      if (live) setSuggestions(found);
    });
    return () => {
      live = false;
    };
  }, [item, repositories, version]);

  const confirm = async (suggestion: NearDuplicateSuggestion) => {
    try {
      const type: SpreadEdgeType = (suggestion.from.platform ?? '') === (suggestion.to.platform ?? '') ? 'copy' : 'cross-platform';
      await repositories.spread.addLink(
        { from: suggestion.from.id, to: suggestion.to.id, type, at: suggestion.to.publishedAt, note: t('spread.suggest.confirmedNote') },
        writeContext(),
      );
      showNotice('ok', t('spread.links.saved'));
      refresh();
      afterSpreadWrite(repositories, item.id);
    } catch (error) {
      showNotice('bad', failureText(error));
    }
  };
  const dismiss = async (suggestion: NearDuplicateSuggestion) => {
    try {
      await repositories.spread.dismissSuggestion(suggestion.from.id, suggestion.to.id, writeContext());
      showNotice('ok', t('spread.suggest.dismissed'));
      refresh();
    } catch (error) {
      showNotice('bad', failureText(error));
    }
  };

  return (
    <section className="spread-item-section" aria-labelledby="spread-suggest-title">
      <h3 id="spread-suggest-title">{t('spread.suggest.title')}</h3>
      {item.simhash === null ? (
        <p className="muted small-text">{t('spread.suggest.noHash')}</p>
      ) : suggestions === null ? null : suggestions.length === 0 ? (
        <p className="muted small-text">{t('spread.suggest.none')}</p>
      ) : (
        <ul className="spread-link-list" data-testid="near-duplicates">
          {suggestions.map((suggestion) => (
            <li key={`${suggestion.from.id}>${suggestion.to.id}`}>
              <span>
                {t('spread.suggest.pair', {
                  later: itemLabel(suggestion.to, suggestion.to.id),
                  earlier: itemLabel(suggestion.from, suggestion.from.id),
                  distance: suggestion.distance,
                })}
                <span className="muted"> · {suggestion.to.publishedAt ? formatDateTime(suggestion.to.publishedAt) : ''}</span>
              </span>
              <span className="spread-chart-actions">
                <button type="button" className="button small" onClick={() => void confirm(suggestion)}>
                  {t('spread.suggest.confirm')}
                </button>
                <button type="button" className="button secondary small" onClick={() => void dismiss(suggestion)}>
                  {t('spread.suggest.dismiss')}
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
