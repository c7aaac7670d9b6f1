import type { ImportBatch, Item, OpinionEvent, Profile, Refutation, Reporter, SpreadEdge, Tag, Unit } from '../../shared/domain/types';
import type { WorkspaceSnapshot } from '../../shared/domain/workspace';
import { beijingTime, nextSequence, sequentialUuid } from './sequence';

export function buildItem(overrides: Partial<Item> = {}): Item {
  const n = nextSequence();
  const reportedAt = beijingTime(n * 7);
  return {
    id: sequentialUuid(n, '17e50000'),
    kind: 'online',
    feeds: ['cac'],
    platform: '微博',
    title: `某旗供暖管网维修进展 ${n}`,
    content: `网民反映某小区供暖不足，已持续三天（第 ${n} 条）。`,
    url: `https://weibo.example.cn/status/${100000 + n}`,
    account: null,
    publishedAt: beijingTime(n * 7 - 30),
    reportedAt,
    capturedAt: reportedAt,
    region: '某旗',
    unitId: null,
    reporterId: null,
    metrics: { reposts: n, comments: 2 * n, likes: 3 * n, views: null },
    tags: [],
    eventId: null,
    assessment: { sentiment: null, risk: null, veracity: null, category: null, assessedBy: null, assessedAt: null },
    status: 'new',
    actions: [],
    notOpinion: false,
    fingerprint: `fp-${n}`,
    simhash: null,
    provenance: [{ batchId: null, feed: 'cac', file: '网信办日报.xlsx', sheet: 'Sheet1', row: n + 1, reportedAt }],
    externalId: String(100000 + n),
    rootExternalId: null,
    parentExternalId: null,
    createdAt: reportedAt,
    updatedAt: reportedAt,
    rev: 1,
    ...overrides,
  };
}

export function buildUnit(overrides: Partial<Unit> = {}): Unit {
  const n = nextSequence();
  return {
    id: sequentialUuid(n, '0a170000'),
    name: `第${n}旗区宣传部`,
    parentId: null,
    cadence: 'workingDays',
    cutoff: '17:00',
    active: true,
    ...overrides,
  };
}

export function buildReporter(overrides: Partial<Reporter> = {}): Reporter {
  const n = nextSequence();
  return {
    id: sequentialUuid(n, '4e900000'),
    name: `信息员${n}号`,
    unitId: overrides.unitId ?? sequentialUuid(0, '0a170000'),
    role: '信息员',
    active: true,
    ...overrides,
  };
}

export function buildProfile(overrides: Partial<Profile> = {}): Profile {
  const n = nextSequence();
  return {
    id: sequentialUuid(n, '9f000000'),
    name: `分析员${n}`,
    role: 'drafter',
    pinHash: null,
    createdAt: beijingTime(n),
    ...overrides,
  };
}

export function buildTag(overrides: Partial<Tag> = {}): Tag {
  const n = nextSequence();
  return { path: `民生/供暖/${n}`, color: '#3b6ea5', createdAt: beijingTime(n), ...overrides };
}

export function buildEvent(overrides: Partial<OpinionEvent> = {}): OpinionEvent {
  const n = nextSequence();
  return {
    id: sequentialUuid(n, '0e000000'),
    name: `供暖不足事件 ${n}`,
    description: '多个小区反映供暖温度不达标。',
    createdAt: beijingTime(n),
    updatedAt: beijingTime(n),
    ...overrides,
  };
}

export function buildSpreadEdge(overrides: Partial<SpreadEdge> = {}): SpreadEdge {
  const n = nextSequence();
  return {
    id: sequentialUuid(n, '5e000000'),
    from: sequentialUuid(1, '17e50000'),
    to: sequentialUuid(2, '17e50000'),
    type: 'repost',
    at: beijingTime(n),
    note: '',
    createdBy: 'system',
    ...overrides,
  };
}

export function buildRefutation(overrides: Partial<Refutation> = {}): Refutation {
  const n = nextSequence();
  return {
    id: sequentialUuid(n, '5ef00000'),
    title: `关于网传停暖消息的说明 ${n}`,
    publisher: '某旗住建局',
    channel: '微信公众号',
    url: null,
    publishedAt: beijingTime(n),
    itemIds: [],
    createdAt: beijingTime(n),
    ...overrides,
  };
}

export interface WorkspaceShape {
  units?: number;
  reportersPerUnit?: number;
  items?: number;
  tags?: number;
  events?: number;
}

/** A small consistent workspace: items point at real units, reporters, tags and events, with one edge and one refutation. */
export function buildWorkspace(shape: WorkspaceShape = {}, overrides: Partial<WorkspaceSnapshot> = {}): WorkspaceSnapshot {
  const units = Array.from({ length: shape.units ?? 2 }, () => buildUnit());
  const reporters = units.flatMap((unit) => Array.from({ length: shape.reportersPerUnit ?? 2 }, () => buildReporter({ unitId: unit.id })));
  const tags = Array.from({ length: shape.tags ?? 2 }, () => buildTag());
  const events = Array.from({ length: shape.events ?? 1 }, () => buildEvent());
  const items = Array.from({ length: shape.items ?? 6 }, (_, index) => {
    const reporter = reporters[index % Math.max(1, reporters.length)];
    const tag = tags[index % Math.max(1, tags.length)];
    return buildItem({
      kind: index % 3 === 0 ? 'social' : 'online',
      unitId: reporter?.unitId ?? null,
      reporterId: reporter?.id ?? null,
      tags: tag ? [tag.path] : [],
      eventId: index % 2 === 0 ? (events[0]?.id ?? null) : null,
    });
  });
  const [first, second] = items;
  const spreadEdges = first && second ? [buildSpreadEdge({ from: first.id, to: second.id })] : [];
  const refutations = first ? [buildRefutation({ itemIds: [first.id] })] : [];
  return {
    format: 'opinion-desk-workspace',
    version: 1,
    units,
    reporters,
    tags,
    events,
    items,
    spreadEdges,
    refutations,
    ...overrides,
  };
}

export function buildImportBatch(overrides: Partial<ImportBatch> = {}): ImportBatch {
  const n = nextSequence();
  return {
    id: sequentialUuid(n, 'ba7c0000'),
    startedAt: beijingTime(n),
    finishedAt: beijingTime(n + 1),
    state: 'complete',
    files: [`网信办日报-${n}.xlsx`],
    feed: 'cac',
    kind: 'online',
    createdItemIds: [],
    mergedItemIds: [],
    counts: { accepted: 0, merged: 0, suspected: 0, warnings: 0, rejected: 0, skipped: 0 },
    actor: 'system',
    ...overrides,
  };
}
