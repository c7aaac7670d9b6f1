import type { SpreadEdgeType } from '../domain/types';
import type { SpreadRecord, BuildOptions, SpreadNode, DroppedEdge, Cascade, IgnoredLink, BuildResult } from './cascade-types';
import { SpreadInputError } from './errors';
import { formatBeijing, hasYearSource, parseSpreadTime, resolveYearless, type ParsedTime } from './time';

export type { SpreadRecord, SpreadLink, BuildOptions, SpreadNode, DroppedEdge, Cascade, IgnoredLink, BuildResult } from './cascade-types';

const REASON_SELF_LOOP = '上级是帖子自身（自环）';
const REASON_CYCLE = '上级关系会形成环路（环中文件里较晚出现的记录被舍弃）';
const REASON_LINK_CYCLE = '手动关联会形成环路，未采用';
const REASON_LINK_HAS_PARENT = '该帖子已有上级，手动关联未采用';

interface Draft {
  id: string | null;
  /** the parent the input names, before checking it exists */
  claim: string | null;
  /** where it hangs when its claim is empty, missing or refused: its original, or -1 for none */
  fallback: number;
  rootRef: string | null;
  rawTime: string | number | null;
  platform: string | null;
  account: string | null;
  text: string | null;
  order: number;
  via: SpreadEdgeType | null;
  /** an original named by the input but without a record of its own */
  implied: boolean;
}

export function buildCascades(records: readonly SpreadRecord[], options: BuildOptions = {}): BuildResult {
  const drafts: Draft[] = [];
  const indexById = new Map<string, number>();
  const duplicates: string[] = [];
  let skippedRecords = 0;
  const rootId = clean(options.rootId);

  const addDraft = (draft: Draft): number => {
    drafts.push(draft);
    if (draft.id !== null) indexById.set(draft.id, drafts.length - 1);
    return drafts.length - 1;
  };
  const impliedOriginal = (id: string | null): Draft => {
    const described = id === rootId;
    return {
      id,
      claim: null,
      fallback: -1,
      rootRef: null,
      rawTime: described ? (options.rootTime ?? null) : null,
      platform: clean(options.rootPlatform),
      account: null,
      text: described ? clean(options.rootText) : null,
      order: -1,
      via: null,
      implied: true,
    };
  };

  if (options.impliedRoot) addDraft(impliedOriginal(rootId));

  records.forEach((record, order) => {
    const id = clean(record.id);
    if (id === null) {
      skippedRecords += 1;
      return;
    }
    const seen = indexById.get(id);
    if (seen !== undefined) {
      const earlier = drafts[seen];
      // An original the input only implied may still get one record of its own: it fills what the
      // analyst did not describe and keeps the node a root.
      if (earlier?.implied) {
        earlier.implied = false;
        earlier.order = order;
        earlier.rawTime ??= record.time;
        earlier.text ??= clean(record.text);
        earlier.platform ??= clean(record.platform);
        earlier.account ??= clean(record.account);
      } else {
        duplicates.push(id);
      }
      return;
    }
    addDraft({
      id,
      claim: clean(record.parent),
      fallback: -1,
      rootRef: clean(record.root),
      rawTime: record.time,
      platform: clean(record.platform),
      account: clean(record.account),
      text: clean(record.text),
      order,
      via: 'repost',
      implied: false,
    });
  });

  // Originals named by 原帖ID exist even without a row, like the original of a repost array.
  const recordDrafts = drafts.length;
  for (let index = 0; index < recordDrafts; index += 1) {
    const draft = drafts[index] as Draft;
    if (options.impliedRoot) {
      if (index !== 0) draft.fallback = 0;
      continue;
    }
    const rootRef = draft.rootRef;
    if (rootRef === null || rootRef === draft.id) continue;
    draft.fallback = indexById.get(rootRef) ?? addDraft(impliedOriginal(rootRef));
  }
  if (!options.impliedRoot && rootId !== null) {
    const described = drafts[indexById.get(rootId) ?? -1];
    if (described) {
      if (parseSpreadTime(described.rawTime).kind === 'missing') described.rawTime = options.rootTime ?? null;
      described.text ??= clean(options.rootText);
    }
  }

  const ignoredLinks: IgnoredLink[] = [];
  const linkClaims: number[] = [];
  (options.links ?? []).forEach((link, position) => {
    const from = clean(link.from);
    const to = clean(link.to);
    if (from === null || to === null) return;
    const order = records.length + position;
    const linkNode = (id: string, time: string | null): number =>
      indexById.get(id) ??
      addDraft({
        id,
        claim: null,
        fallback: -1,
        rootRef: null,
        rawTime: time,
        platform: null,
        account: null,
        text: null,
        order,
        via: null,
        implied: false,
      });
    linkNode(from, null);
    const targetIndex = linkNode(to, link.at);
    const target = drafts[targetIndex] as Draft;
    if (target.claim !== null || target.fallback !== -1) {
      ignoredLinks.push({ from, to, reason: REASON_LINK_HAS_PARENT });
      return;
    }
    target.claim = from;
    target.via = link.type;
    linkClaims.push(targetIndex);
  });

  const edges = resolveEdges(drafts, indexById, linkClaims);
  const assembled = assembleCascades(drafts, edges.parent, edges.orphan);
  const cascades = assembled.map(({ cascade }) => cascade);
  attachDropped(cascades, drafts, edges);
  const invalidTimes = assignTimes(assembled, drafts, records.length, options.year ?? null);
  return { cascades, duplicates, skippedRecords, ignoredLinks, invalidTimes };
}

function clean(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const trimmed = String(value).trim();
  return trimmed === '' ? null : trimmed;
}

interface ResolvedEdges {
  parent: Int32Array;
  orphan: Uint8Array;
  dropped: Map<number, DroppedEdge>;
}

// Edges are accepted in input order into a union-find forest. A node has one parent claim and no
// accepted edge before its own, so it is the root of its tree; the new edge closes a cycle exactly when
// the parent is already in that tree. Processing in input order is what makes the later record lose.
function resolveEdges(drafts: readonly Draft[], indexById: ReadonlyMap<string, number>, linkClaims: readonly number[]): ResolvedEdges {
  const count = drafts.length;
  const parent = new Int32Array(count).fill(-1);
  const orphan = new Uint8Array(count);
  const dropped = new Map<number, DroppedEdge>();
  const forest = new UnionFind(count);
  const linked = new Set(linkClaims);

  const accept = (child: number, target: number): boolean => {
    if (target === -1 || target === child || forest.find(target) === forest.find(child)) return false;
    forest.union(child, target);
    parent[child] = target;
    return true;
  };

  const recordOrder = drafts.map((_, index) => index).filter((index) => !linked.has(index));
  for (const index of [...recordOrder, ...linkClaims]) {
    const draft = drafts[index] as Draft;
    if (draft.claim === null && draft.fallback === -1) continue;
    const isLink = linked.has(index);
    const named = draft.claim === null ? draft.fallback : indexById.get(draft.claim);
    if (named === undefined) {
      orphan[index] = 1;
      accept(index, draft.fallback);
      continue;
    }
    if (accept(index, named)) continue;
    const reason = isLink ? REASON_LINK_CYCLE : named === index ? REASON_SELF_LOOP : REASON_CYCLE;
    dropped.set(index, { id: draft.id as string, parent: draft.claim, reason });
    if (!isLink && named !== draft.fallback) accept(index, draft.fallback);
  }
  return { parent, orphan, dropped };
}

class UnionFind {
  private readonly up: Int32Array;

  constructor(size: number) {
    this.up = new Int32Array(size).map((_, index) => index);
  }

  find(start: number): number {
    let top = start;
    while (this.up[top] !== top) top = this.up[top] as number;
    let walk = start;
    while (walk !== top) {
      const next = this.up[walk] as number;
      this.up[walk] = top;
      walk = next;
    }
    return top;
  }

  union(a: number, b: number): void {
    this.up[this.find(a)] = this.find(b);
  }
}

interface Assembled {
  cascade: Cascade;
  /** the draft behind each node, by position */
  members: Int32Array;
}

function assembleCascades(drafts: readonly Draft[], parent: Int32Array, orphan: Uint8Array): Assembled[] {
  const count = drafts.length;
  // Children as a linked list in input order: two flat arrays instead of an array per node.
  const firstChild = new Int32Array(count).fill(-1);
  const lastChild = new Int32Array(count).fill(-1);
  const nextSibling = new Int32Array(count).fill(-1);
  for (let index = 0; index < count; index += 1) {
    const up = parent[index] as number;
    if (up === -1) continue;
    if (firstChild[up] === -1) firstChild[up] = index;
    else nextSibling[lastChild[up] as number] = index;
    lastChild[up] = index;
  }

  const assembled: Assembled[] = [];
  const queue = new Int32Array(count);
  const positionInCascade = new Int32Array(count);
  for (let rootIndex = 0; rootIndex < count; rootIndex += 1) {
    if (parent[rootIndex] !== -1) continue;
    let head = 0;
    let tail = 0;
    queue[tail++] = rootIndex;
    while (head < tail) {
      const current = queue[head++] as number;
      for (let child = firstChild[current] as number; child !== -1; child = nextSibling[child] as number) queue[tail++] = child;
    }
    const nodes: SpreadNode[] = new Array<SpreadNode>(tail);
    const parentIndex = new Int32Array(tail);
    const level = new Int32Array(tail);
    const orphans: string[] = [];
    for (let position = 0; position < tail; position += 1) {
      const index = queue[position] as number;
      const draft = drafts[index] as Draft;
      positionInCascade[index] = position;
      const up = parent[index] as number;
      parentIndex[position] = up === -1 ? -1 : (positionInCascade[up] as number);
      level[position] = up === -1 ? 0 : (level[positionInCascade[up] as number] as number) + 1;
      nodes[position] = {
        id: draft.id,
        at: null,
        epochMs: null,
        platform: draft.platform,
        account: draft.account,
        text: draft.text,
        orphan: orphan[index] === 1,
        order: draft.implied ? -1 : draft.order,
        via: up === -1 ? null : draft.via,
      };
      if (orphan[index] === 1 && draft.id !== null) orphans.push(draft.id);
    }
    assembled.push({
      cascade: { root: drafts[rootIndex]?.id ?? null, nodes, parentIndex, level, orphans, dropped: [] },
      members: queue.slice(0, tail),
    });
  }
  return assembled;
}

function attachDropped(cascades: readonly Cascade[], drafts: readonly Draft[], edges: ResolvedEdges): void {
  if (edges.dropped.size === 0) return;
  const cascadeOfId = new Map<string, Cascade>();
  for (const cascade of cascades) for (const node of cascade.nodes) if (node.id !== null) cascadeOfId.set(node.id, cascade);
  const inInputOrder = [...edges.dropped.entries()].sort(([a], [b]) => (drafts[a]?.order ?? 0) - (drafts[b]?.order ?? 0) || a - b);
  for (const [, dropped] of inInputOrder) cascadeOfId.get(dropped.id)?.dropped.push(dropped);
}

// Times are resolved per cascade because a year-less date takes its year from the cascade's root.
function assignTimes(
  assembled: readonly Assembled[],
  drafts: readonly Draft[],
  recordCount: number,
  year: number | null,
): { id: string | null; text: string }[] {
  const parsed = drafts.map((draft) => parseSpreadTime(draft.rawTime));
  let earliestFullEpochMs: number | null = null;
  drafts.forEach((draft, index) => {
    // Only what the file itself says: not the analyst's description of the root, not manual links.
    if (draft.implied || draft.order < 0 || draft.order >= recordCount) return;
    const time = parsed[index] as ParsedTime;
    if (time.kind === 'instant' && (earliestFullEpochMs === null || time.epochMs < earliestFullEpochMs)) earliestFullEpochMs = time.epochMs;
  });

  const invalid: { id: string | null; text: string }[] = [];
  for (const { cascade, members } of assembled) {
    let rootEpochMs: number | null = null;
    cascade.nodes.forEach((node, position) => {
      const time = parsed[members[position] as number] as ParsedTime;
      let epochMs: number | null = null;
      if (time.kind === 'instant') epochMs = time.epochMs;
      else if (time.kind === 'invalid') invalid.push({ id: node.id, text: time.text });
      else if (time.kind === 'yearless') {
        const context = { year, rootEpochMs, earliestFullEpochMs };
        if (!hasYearSource(context)) {
          throw new SpreadInputError('year-needed', 'spread.yearNeeded', { text: time.text });
        }
        epochMs = resolveYearless(time, context);
        if (epochMs === null) invalid.push({ id: node.id, text: time.text });
      }
      node.epochMs = epochMs;
      node.at = epochMs === null ? null : formatBeijing(epochMs);
      if (position === 0) rootEpochMs = epochMs;
    });
  }
  return invalid;
}
