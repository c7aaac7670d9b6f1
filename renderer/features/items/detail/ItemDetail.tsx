import { useMemo, type ReactNode } from 'react';
import { highlightRanges, splitByRanges } from '../../../../shared/search/highlight';
import { parseQuery } from '../../../../shared/search/query';
import { useT } from '../../../i18n';
import { formatDateTime, formatNumber } from '../../../i18n/format';
import { CommandButton } from '../../../commands/CommandButton';
import { feedKey, kindKey, riskKey, statusKey } from '../../../ui/domain-labels';
import { useItemDetail, type ItemDetailData } from './use-item-detail';
import '../../../ui/detail.css';
import { TagsSection, AssessmentSection, StatusSection, ActionsSection, EventSection, RefutationsSection } from './detail-parts/handling';
import { ProvenanceSection, DuplicatesSection, HistorySection } from './detail-parts/records';

export interface ItemDetailProps {
  itemId: string;
  /** the search terms to mark in the title and content */
  highlight?: string[];
}

function Highlighted({ text, terms }: { text: string; terms: readonly string[] }) {
  const segments = useMemo(() => {
    if (terms.length === 0) return [{ text, hit: false }];
    return splitByRanges(text, highlightRanges(text, parseQuery(terms.join(' '))));
  }, [text, terms]);
  return (
    <>
      {segments.map((segment, index) => (segment.hit ? <mark key={index}>{segment.text}</mark> : <span key={index}>{segment.text}</span>))}
    </>
  );
}

function Field({ label, children, wide = false }: { label: string; children: ReactNode; wide?: boolean }) {
  return (
    <div className={wide ? 'detail-field wide' : 'detail-field'}>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** The whole of one item: its fields, where it came from, its assessment and handling, and its history. */
export function ItemDetail({ itemId, highlight = [] }: ItemDetailProps) {
  const t = useT();
  const detail = useItemDetail(itemId);
  if (detail.state === 'loading') {
    return (
      <div className="item-detail" aria-busy="true">
        <p className="muted">{t('detail.loading')}</p>
      </div>
    );
  }
  if (detail.state === 'missing') {
    return (
      <div className="item-detail">
        <p className="empty-state">{t('detail.missing')}</p>
      </div>
    );
  }
  return <DetailBody data={detail.data} highlight={highlight} />;
}

function DetailBody({ data, highlight }: { data: ItemDetailData; highlight: readonly string[] }) {
  const t = useT();
  const { item } = data;
  const dash = t('triage.empty');
  const time = (value: string | null) => (value ? formatDateTime(value) : dash);
  const metric = (value: number | null) => (value === null ? dash : formatNumber(value));

  return (
    <article className="item-detail" aria-labelledby="item-detail-title" data-testid="item-detail">
      <header className="detail-header">
        <div className="detail-badges">
          <span className={`kind-badge kind-${item.kind}`} data-testid="detail-kind">
            {t(kindKey(item.kind))}
          </span>
          <span className={`status-badge status-${item.status}`} data-testid="detail-status">
            {t(statusKey(item.status))}
          </span>
          {item.assessment.risk !== null ? (
            <span className={`risk-badge risk-${item.assessment.risk}`}>
              {t('detail.riskBadge', { level: item.assessment.risk, label: t(riskKey(item.assessment.risk)) })}
            </span>
          ) : null}
        </div>
        <h2 id="item-detail-title" className="detail-title">
          {item.title ? <Highlighted text={item.title} terms={highlight} /> : t('detail.untitled')}
        </h2>
        <div className="detail-toolbar" role="toolbar" aria-label={t('detail.toolbar')}>
          <CommandButton id="items.tag" />
          <CommandButton id="items.event" />
          <CommandButton id="items.refutation" />
        </div>
      </header>

      <dl className="detail-fields">
        <Field label={t('triage.field.kind')}>{t(kindKey(item.kind))}</Field>
        <Field label={t('triage.field.feeds')}>{item.feeds.map((feed) => t(feedKey(feed))).join('、') || dash}</Field>
        <Field label={t('triage.field.platform')}>{item.platform ?? dash}</Field>
        <Field label={t('triage.field.account')}>{item.account ?? dash}</Field>
        <Field label={t('triage.field.publishedAt')}>{time(item.publishedAt)}</Field>
        <Field label={t('triage.field.reportedAt')}>{time(item.reportedAt)}</Field>
        <Field label={t('triage.field.capturedAt')}>{time(item.capturedAt)}</Field>
        <Field label={t('triage.field.region')}>{item.region ?? dash}</Field>
        <Field label={t('triage.field.unitId')}>{data.unitName ?? dash}</Field>
        <Field label={t('triage.field.reporterId')}>{data.reporterName ?? dash}</Field>
        <Field label={t('triage.field.metrics')} wide>
          {t('detail.metrics', {
            reposts: metric(item.metrics.reposts),
            comments: metric(item.metrics.comments),
            likes: metric(item.metrics.likes),
            views: metric(item.metrics.views),
          })}
        </Field>
        <Field label={t('triage.field.url')} wide>
          {item.url ? <span className="detail-url">{item.url}</span> : dash}
        </Field>
        <Field label={t('triage.field.content')} wide>
          <p className="detail-content">{item.content ? <Highlighted text={item.content} terms={highlight} /> : dash}</p>
        </Field>
      </dl>

      <TagsSection item={item} />
      <AssessmentSection key={`${item.id}:${item.rev}`} item={item} />
      <StatusSection item={item} />
      <ActionsSection item={item} />
      <EventSection data={data} />
      <RefutationsSection data={data} />
      <ProvenanceSection item={item} />
      <DuplicatesSection data={data} />
      <HistorySection data={data} />
    </article>
  );
}
