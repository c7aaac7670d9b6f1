// The workspace's tag tree. A tag is created the first time it is named, its parents first, so the list's
// order (and so each tag's colour) follows the order in which the generator names them.
import type { Tag } from '../../shared/domain/types';
import { ANCHOR_MIDNIGHT, DAY, iso } from './time';

export const RUMOUR_TAG = '谣言/水源';
export const FESTIVAL_TAG = '文旅/那达慕';
export const WATCH_TAG = '重点关注';

const TAG_COLORS = ['#3a6ea5', '#5b8c5a', '#b5651d', '#8e5572', '#4f7c82', '#a23b3b', '#6b6b9c', '#8a7f3d'];

export const tags: Tag[] = [];

/** the path, after making sure it and its parents exist */
export function tag(path: string): string {
  if (!tags.some((existing) => existing.path === path)) {
    const parent = path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : null;
    if (parent) tag(parent);
    tags.push({ path, color: TAG_COLORS[tags.length % TAG_COLORS.length]!, createdAt: iso(ANCHOR_MIDNIGHT - 30 * DAY) });
  }
  return path;
}
