// Turns a planned item into the record the workspace holds: its capture and assessment times, the status
// its age suggests, the actions an analyst took, and where each feed's copy came from.
import type {
  Assessment,
  Feed,
  Item,
  ItemAction,
  ItemKind,
  ItemStatus,
  Reporter,
  RiskLevel,
  Sentiment,
  Unit,
  Veracity,
} from '../../shared/domain/types';
import type { Banner } from './places';
import { URL_HOSTS } from './places';
import { chance, digits, int, pick, uuid, weighted } from './random';
import { ANCHOR_MIDNIGHT, DAY, HOUR, iso } from './time';

/** who the demo's assessments and actions are recorded as done by */
export const DEMO_ACTOR = '演示数据';

/** every item in the order it was added; the workspace sorts them by reporting time at the end */
export const items: Item[] = [];

/** feeds whose items arrive in a partner's spreadsheet, so their provenance names a file and a row */
const PARTNER_FILES: Partial<Record<Feed, string>> = {
  cac: '青川盟网信办网络舆情日报',
  police: '网安支队涉网舆情通报',
  search: '搜索引擎监测结果',
};

function emptyAssessment(): Assessment {
  return { sentiment: null, risk: null, veracity: null, category: null, assessedBy: null, assessedAt: null };
}

function onlineUrl(platform: string, externalId: string | null): string | null {
  const host = URL_HOSTS[platform];
  if (!host) return null;
  return `https://${host}/p/${externalId ?? digits(12)}`;
}

function onlineMetrics(platform: string): Item['metrics'] {
  const scale = platform === '抖音' || platform === '快手' ? 20 : platform === '微博' ? 5 : 1;
  const views = chance(0.8) ? int(200, 30000) * scale : null;
  return { reposts: int(0, 300) * scale, comments: int(0, 400) * scale, likes: int(0, 2000) * scale, views };
}

/** an item as planned: times as instants, and weights the assessment is drawn from when the item has been assessed */
export interface ItemPlan {
  kind: ItemKind;
  feeds: Feed[];
  platform: string;
  title: string | null;
  content: string;
  account: string | null;
  externalId: string | null;
  rootExternalId: string | null;
  parentExternalId: string | null;
  publishedAt: number | null;
  reportedAt: number;
  banner: Banner;
  unit: Unit;
  reporter: Reporter | null;
  tags: string[];
  eventId: string | null;
  category: string;
  sentiment: readonly (readonly [Sentiment, number])[];
  risk: readonly (readonly [RiskLevel, number])[];
  veracity: readonly (readonly [Veracity, number])[];
  status?: ItemStatus;
  notOpinion?: boolean;
  metrics?: Item['metrics'];
  url?: string | null;
}

const rowCounters = new Map<string, number>();

function provenanceFor(plan: ItemPlan, feed: Feed, reportedAt: number): Item['provenance'][number] {
  const file = PARTNER_FILES[feed];
  if (!file) return { batchId: null, feed, file: null, sheet: null, row: null, reportedAt: iso(reportedAt) };
  // No date in the name: the app moves the demo's dates to the present when it loads them.
  const name = `${file}.xlsx`;
  const row = (rowCounters.get(name) ?? 3) + 1;
  rowCounters.set(name, row);
  return { batchId: null, feed, file: name, sheet: 'Sheet1', row, reportedAt: iso(reportedAt) };
}

function statusFor(reportedAt: number): ItemStatus {
  // Older items have mostly been worked through; this morning's mostly wait to be assessed.
  const ageDays = (ANCHOR_MIDNIGHT + DAY - reportedAt) / DAY;
  if (ageDays < 1)
    return weighted([
      ['new', 8],
      ['assessed', 2],
    ]);
  if (ageDays < 3)
    return weighted([
      ['new', 3],
      ['assessed', 4],
      ['handling', 2],
      ['closed', 1],
    ]);
  return weighted([
    ['new', 1],
    ['assessed', 4],
    ['handling', 2],
    ['closed', 4],
  ]);
}

function actionsFor(status: ItemStatus, assessedAt: number, risk: RiskLevel, veracity: Veracity): ItemAction[] {
  if (status === 'new') return [];
  const actions: ItemAction[] = [
    {
      id: uuid(),
      type: 'assess',
      at: iso(assessedAt),
      by: DEMO_ACTOR,
      note: pick(['已研判，持续关注', '已研判，转属地核实', '已研判，纳入日报告']),
    },
  ];
  if (status === 'handling' || status === 'closed') {
    const type = veracity === 'rumour' || veracity === 'false' ? 'refute' : risk >= 3 ? 'contain' : 'guide';
    const notes = {
      refute: '联系属地发布澄清说明',
      contain: '已通报属地和主管部门，督促及时回应',
      guide: '协调本地媒体发布权威信息，正面引导',
      assess: '',
    };
    actions.push({ id: uuid(), type, at: iso(assessedAt + int(1, 8) * HOUR), by: DEMO_ACTOR, note: notes[type] });
  }
  if (status === 'closed')
    actions.push({
      id: uuid(),
      type: 'guide',
      at: iso(assessedAt + int(10, 40) * HOUR),
      by: DEMO_ACTOR,
      note: '属地已回应，舆情平稳，办结',
    });
  return actions;
}

export function addItem(plan: ItemPlan): Item {
  const capturedAt = plan.reportedAt + int(5, 90) * 60_000;
  const status = plan.status ?? statusFor(plan.reportedAt);
  const assessedAt = capturedAt + int(20, 240) * 60_000;
  const assessment: Assessment = emptyAssessment();
  if (status !== 'new') {
    assessment.sentiment = weighted(plan.sentiment);
    assessment.risk = weighted(plan.risk);
    assessment.veracity = weighted(plan.veracity);
    assessment.category = plan.category;
    assessment.assessedBy = DEMO_ACTOR;
    assessment.assessedAt = iso(assessedAt);
  }
  const actions = actionsFor(status, assessedAt, assessment.risk ?? 1, assessment.veracity ?? 'unverified');
  const lastAction = actions[actions.length - 1];
  const provenance = plan.feeds.map((feed, index) => provenanceFor(plan, feed, plan.reportedAt + index * int(30, 180) * 60_000));
  const item: Item = {
    id: uuid(),
    kind: plan.kind,
    feeds: plan.feeds,
    platform: plan.platform,
    title: plan.title,
    content: plan.content,
    url: plan.url !== undefined ? plan.url : plan.kind === 'online' ? onlineUrl(plan.platform, plan.externalId) : null,
    account: plan.account,
    publishedAt: plan.publishedAt === null ? null : iso(plan.publishedAt),
    reportedAt: iso(plan.reportedAt),
    capturedAt: iso(capturedAt),
    region: plan.banner.name,
    unitId: plan.unit.id,
    reporterId: plan.reporter?.id ?? null,
    metrics:
      plan.metrics ?? (plan.kind === 'online' ? onlineMetrics(plan.platform) : { reposts: null, comments: null, likes: null, views: null }),
    tags: plan.tags,
    eventId: plan.eventId,
    assessment,
    status,
    actions,
    notOpinion: plan.notOpinion ?? false,
    fingerprint: null,
    simhash: null,
    provenance,
    externalId: plan.externalId,
    rootExternalId: plan.rootExternalId,
    parentExternalId: plan.parentExternalId,
    createdAt: iso(capturedAt),
    updatedAt: lastAction ? lastAction.at : iso(capturedAt),
    rev: 1 + actions.length,
  };
  items.push(item);
  return item;
}
