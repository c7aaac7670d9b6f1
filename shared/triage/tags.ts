// Hierarchical tags (疫情防控/物资供应): a tag is its full path; a parent need not exist as a row of its own,
// and every operation on a tag also applies to its children, so renaming 疫情防控 carries 疫情防控/物资供应 along.
export const TAG_SEPARATOR = '/';

// Analysts type paths with an IME, which readily produces the full-width slash; 、 lists things and is not a
// separator, so only slash look-alikes are read as one.
const SEPARATOR_LOOKALIKES = /[／\\⁄∕]/g;

/** The canonical path of what was typed, or null when nothing usable is left (empty, only slashes). */
export function normaliseTagPath(input: string): string | null {
  const segments = input
    .normalize('NFKC')
    .replace(SEPARATOR_LOOKALIKES, TAG_SEPARATOR)
    .split(TAG_SEPARATOR)
    .map((segment) => segment.trim().replace(/\s+/g, ' '))
    .filter((segment) => segment.length > 0);
  return segments.length > 0 ? segments.join(TAG_SEPARATOR) : null;
}

export function tagSegments(path: string): string[] {
  return path.split(TAG_SEPARATOR);
}

/** The last segment: what a tag chip shows, with the full path as its title. */
export function tagLeaf(path: string): string {
  return tagSegments(path).at(-1) ?? path;
}

export function tagDepth(path: string): number {
  return tagSegments(path).length - 1;
}

/** 疫情防控/物资供应/口罩 → [疫情防控, 疫情防控/物资供应] */
export function ancestorPaths(path: string): string[] {
  const segments = tagSegments(path);
  return segments.slice(0, -1).map((_, index) => segments.slice(0, index + 1).join(TAG_SEPARATOR));
}

/** True for the path itself and every path below it; 疫情 is not a parent of 疫情防控. */
export function isSameOrDescendant(path: string, ancestor: string): boolean {
  return path === ancestor || path.startsWith(ancestor + TAG_SEPARATOR);
}

/**
 * The path and every known path below it: what a tag filter with children matches. Unknown paths still match
 * themselves, so a filter on a tag typed by hand is never silently empty of its own items.
 */
export function tagAndDescendants(path: string, knownPaths: Iterable<string>): string[] {
  const found = new Set<string>([path]);
  for (const known of knownPaths) if (isSameOrDescendant(known, path)) found.add(known);
  return [...found].sort(compareTagPaths);
}

/** Where `path` goes when `from` becomes `to` (rename or merge), or null when it is not under `from`. */
export function movedTagPath(path: string, from: string, to: string): string | null {
  if (!isSameOrDescendant(path, from)) return null;
  return to + path.slice(from.length);
}

/** A tag cannot move into itself or one of its own children. */
export function canMoveTag(from: string, to: string): boolean {
  return from !== to && !isSameOrDescendant(to, from);
}

/** An item's tags after `from` (and its children) became `to`: renamed in place, duplicates dropped. */
export function renameInTagList(tags: readonly string[], from: string, to: string): string[] {
  const result: string[] = [];
  for (const tag of tags) {
    const moved = movedTagPath(tag, from, to) ?? tag;
    if (!result.includes(moved)) result.push(moved);
  }
  return result;
}

/** An item's tags without `path` and its children. */
export function removeFromTagList(tags: readonly string[], path: string): string[] {
  return tags.filter((tag) => !isSameOrDescendant(tag, path));
}

/** Adds and removes in one step, keeping the existing order (so an unchanged list compares equal). */
export function editTagList(tags: readonly string[], add: readonly string[], remove: readonly string[]): string[] {
  const result = tags.filter((tag) => !remove.includes(tag));
  for (const tag of add) if (!result.includes(tag)) result.push(tag);
  return result;
}

/** Parents before their children, siblings in Chinese collation order. */
export function compareTagPaths(a: string, b: string): number {
  const left = tagSegments(a);
  const right = tagSegments(b);
  for (let index = 0; index < Math.min(left.length, right.length); index++) {
    const order = (left[index] as string).localeCompare(right[index] as string, 'zh-CN');
    if (order !== 0) return order;
  }
  return left.length - right.length;
}

// Muted colours that stay readable as chip backgrounds with dark text, distinct from the red used for problems.
export const TAG_COLORS = ['#dbe7f3', '#e2efd9', '#f6e7c8', '#ecdff2', '#d8eeee', '#f3dfd6', '#e6e6e6', '#f2eccb'] as const;

/** A new tag takes its parent's colour (children read as one family) or the next colour of the palette. */
export function colorForNewTag(path: string, existing: ReadonlyMap<string, string>): string {
  for (const ancestor of ancestorPaths(path).reverse()) {
    const color = existing.get(ancestor);
    if (color) return color;
  }
  return TAG_COLORS[existing.size % TAG_COLORS.length] as string;
}

/** Type-ahead: exact path first, then paths starting with the query, then any segment containing it. */
export function rankTagMatches(query: string, paths: readonly string[], limit = 12): string[] {
  const needle = query.trim().toLowerCase();
  if (needle === '') return [...paths].sort(compareTagPaths).slice(0, limit);
  const scored: Array<{ path: string; score: number }> = [];
  for (const path of paths) {
    const lower = path.toLowerCase();
    let score = -1;
    if (lower === needle) score = 0;
    else if (lower.startsWith(needle)) score = 1;
    else if (tagSegments(lower).some((segment) => segment.startsWith(needle))) score = 2;
    else if (lower.includes(needle)) score = 3;
    if (score >= 0) scored.push({ path, score });
  }
  return scored
    .sort((a, b) => a.score - b.score || compareTagPaths(a.path, b.path))
    .slice(0, limit)
    .map((entry) => entry.path);
}
