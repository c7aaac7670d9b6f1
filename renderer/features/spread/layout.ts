// What the spread graph draws and where: pure functions over a cascade's shape (parent indices, parents
// before children), run in the layout worker so the UI thread never lays out thousands of nodes itself.
// No DOM here: the unit tests and the Chromium bench run the very same code.

/** More than this and ECharts stops being interactive on an office PC; beyond it deep leaves fold into "+N". */
export const MAX_DRAWN_NODES = 5000;

export interface CascadeShape {
  /** index of each node's parent, -1 for the root; every parent comes before its children */
  parentIndex: ArrayLike<number>;
  /** edges from the root, per node */
  level: ArrayLike<number>;
}

export interface Aggregation {
  /** 1 for every cascade node that is drawn as itself */
  drawn: Uint8Array;
  /** the drawn node each "+N" hangs under (a cascade index), with the number of nodes it stands for */
  folded: { parent: number; hidden: number }[];
  /** nodes drawn as themselves plus "+N" nodes: never more than the cap */
  drawnCount: number;
  hiddenCount: number;
}

/**
 * Chooses what to draw within `maxNodes` (counting the "+N" nodes). Nodes are taken level by level,
 * nearest the root first and, within a level, those carrying the largest subtrees first, so hubs and the
 * paths to them stay visible and what folds away is the mass of leaves far from the original. A node is
 * only drawn when its parent is; the hidden children of a drawn node fold into one "+N" under it, N being
 * every node hidden below it.
 */
export function aggregateCascade(shape: CascadeShape, maxNodes: number = MAX_DRAWN_NODES): Aggregation {
  const { parentIndex, level } = shape;
  const count = parentIndex.length;
  const drawn = new Uint8Array(count);
  if (count === 0) return { drawn, folded: [], drawnCount: 0, hiddenCount: 0 };
  // The root and one "+N" under it is the least that still says how large the cascade is.
  const cap = Math.max(2, Math.floor(maxNodes));
  if (count <= cap) {
    drawn.fill(1);
    return { drawn, folded: [], drawnCount: count, hiddenCount: 0 };
  }

  const subtree = subtreeSizes(parentIndex);
  const childCount = new Int32Array(count);
  for (let node = 1; node < count; node += 1) increment(childCount, parentIndex[node] as number, 1);

  const order = new Int32Array(count - 1);
  for (let node = 1; node < count; node += 1) order[node - 1] = node;
  order.sort((a, b) => (level[a] as number) - (level[b] as number) || (subtree[b] as number) - (subtree[a] as number) || a - b);

  const hiddenChildren = childCount.slice();
  drawn[0] = 1;
  let total = 1 + ((childCount[0] as number) > 0 ? 1 : 0);
  for (const node of order) {
    const parent = parentIndex[node] as number;
    if (drawn[parent] !== 1) continue;
    // Drawing it costs itself and, if it has children, a "+N" of its own until they are drawn; it saves the
    // parent's "+N" when it was the parent's last hidden child.
    const cost = 1 + ((childCount[node] as number) > 0 ? 1 : 0) - (hiddenChildren[parent] === 1 ? 1 : 0);
    if (total + cost > cap) continue;
    drawn[node] = 1;
    increment(hiddenChildren, parent, -1);
    total += cost;
  }

  const hiddenBelow = new Map<number, number>();
  let hiddenCount = 0;
  for (let node = 1; node < count; node += 1) {
    const parent = parentIndex[node] as number;
    if (drawn[node] === 1 || drawn[parent] !== 1) continue;
    const hidden = subtree[node] as number;
    hiddenBelow.set(parent, (hiddenBelow.get(parent) ?? 0) + hidden);
    hiddenCount += hidden;
  }
  const folded = [...hiddenBelow].map(([parent, hidden]) => ({ parent, hidden })).sort((a, b) => a.parent - b.parent);
  return { drawn, folded, drawnCount: count - hiddenCount + folded.length, hiddenCount };
}

/** Typed arrays under noUncheckedIndexedAccess: one checked place for `array[index] += by`. */
function increment(array: Int32Array | Float64Array, index: number, by: number): void {
  array[index] = (array[index] as number) + by;
}

export function subtreeSizes(parentIndex: ArrayLike<number>): Int32Array {
  const subtree = new Int32Array(parentIndex.length).fill(1);
  for (let node = parentIndex.length - 1; node > 0; node -= 1) increment(subtree, parentIndex[node] as number, subtree[node] as number);
  return subtree;
}

export interface GraphLayout {
  /** per drawn node: its cascade index, or -1 for a "+N" node */
  source: Int32Array;
  /** per drawn node: how many cascade nodes a "+N" stands for; 0 for a node drawn as itself */
  hidden: Int32Array;
  /** per drawn node: the drawn parent's position, -1 for the root */
  parent: Int32Array;
  depth: Int32Array;
  x: Float32Array;
  y: Float32Array;
  hiddenCount: number;
}

/** Distance between rings; a crowded ring grows so that neighbours keep at least NODE_SPACING apart. */
const RING_GAP = 60;
const NODE_SPACING = 7;

/**
 * Radial tree: the original in the centre, each repost level one ring further out, every subtree given
 * an angle in proportion to the leaves it holds, so a chain reads as a spoke and a burst as a fan.
 * Linear in the drawn nodes, no recursion (real chains run hundreds deep).
 */
export function layoutCascade(shape: CascadeShape, maxNodes: number = MAX_DRAWN_NODES): GraphLayout {
  const { parentIndex, level } = shape;
  const aggregation = aggregateCascade(shape, maxNodes);
  const size = aggregation.drawnCount;
  const source = new Int32Array(size);
  const hidden = new Int32Array(size);
  const parent = new Int32Array(size);
  const depth = new Int32Array(size);
  const positionOf = new Int32Array(parentIndex.length).fill(-1);

  let next = 0;
  for (let node = 0; node < parentIndex.length; node += 1) {
    if (aggregation.drawn[node] !== 1) continue;
    const up = parentIndex[node] as number;
    source[next] = node;
    parent[next] = up === -1 ? -1 : (positionOf[up] as number);
    depth[next] = level[node] as number;
    positionOf[node] = next;
    next += 1;
  }
  for (const fold of aggregation.folded) {
    source[next] = -1;
    hidden[next] = fold.hidden;
    parent[next] = positionOf[fold.parent] as number;
    depth[next] = (level[fold.parent] as number) + 1;
    next += 1;
  }

  const { x, y } = radialPositions(parent, depth);
  return { source, hidden, parent, depth, x, y, hiddenCount: aggregation.hiddenCount };
}

/** Positions for a tree given as parent positions; a parent may come after its child only if it is not a "+N". */
function radialPositions(parent: Int32Array, depth: Int32Array): { x: Float32Array; y: Float32Array } {
  const size = parent.length;
  const x = new Float32Array(size);
  const y = new Float32Array(size);
  if (size === 0) return { x, y };

  // Children as contiguous runs (counting sort by parent), keeping drawn order within each run.
  const childStart = new Int32Array(size + 1);
  for (let node = 1; node < size; node += 1) increment(childStart, (parent[node] as number) + 1, 1);
  for (let node = 0; node < size; node += 1) increment(childStart, node + 1, childStart[node] as number);
  const fill = childStart.slice(0, size);
  const children = new Int32Array(Math.max(0, size - 1));
  for (let node = 1; node < size; node += 1) {
    const up = parent[node] as number;
    children[fill[up] as number] = node;
    increment(fill, up, 1);
  }

  // Top-down order: breadth first from the root, so every parent is placed before its children.
  const order = new Int32Array(size);
  let tail = 1;
  for (let head = 0; head < tail; head += 1) {
    const node = order[head] as number;
    for (let child = childStart[node] as number; child < (childStart[node + 1] as number); child += 1)
      order[tail++] = children[child] as number;
  }

  const leaves = new Float64Array(size);
  for (let index = size - 1; index >= 0; index -= 1) {
    const node = order[index] as number;
    if (leaves[node] === 0) leaves[node] = 1;
    if (index > 0) increment(leaves, parent[node] as number, leaves[node] as number);
  }

  const perDepth: number[] = [];
  for (let node = 0; node < size; node += 1) perDepth[depth[node] as number] = (perDepth[depth[node] as number] ?? 0) + 1;
  const radius: number[] = [0];
  for (let ring = 1; ring < perDepth.length; ring += 1) {
    radius[ring] = Math.max((radius[ring - 1] as number) + RING_GAP, ((perDepth[ring] ?? 0) * NODE_SPACING) / (2 * Math.PI));
  }

  const start = new Float64Array(size);
  const span = new Float64Array(size);
  span[0] = 2 * Math.PI;
  for (const node of order) {
    let cursor = start[node] as number;
    const perLeaf = (span[node] as number) / (leaves[node] as number);
    for (let child = childStart[node] as number; child < (childStart[node + 1] as number); child += 1) {
      const id = children[child] as number;
      start[id] = cursor;
      span[id] = perLeaf * (leaves[id] as number);
      cursor += span[id] as number;
    }
    const angle = (start[node] as number) + (span[node] as number) / 2;
    const r = radius[depth[node] as number] ?? 0;
    if (r === 0) continue;
    x[node] = r * Math.cos(angle);
    y[node] = r * Math.sin(angle);
  }
  return { x, y };
}
