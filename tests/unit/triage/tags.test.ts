import { describe, expect, it } from 'vitest';
import {
  ancestorPaths,
  canMoveTag,
  colorForNewTag,
  compareTagPaths,
  editTagList,
  isSameOrDescendant,
  movedTagPath,
  normaliseTagPath,
  rankTagMatches,
  removeFromTagList,
  renameInTagList,
  tagAndDescendants,
  tagLeaf,
  TAG_COLORS,
} from '../../../shared/triage';

describe('tag paths', () => {
  it.each([
    ['疫情防控/物资供应', '疫情防控/物资供应'],
    [' 疫情防控 / 物资供应 ', '疫情防控/物资供应'],
    ['疫情防控／物资供应', '疫情防控/物资供应'],
    ['/疫情防控//物资供应/', '疫情防控/物资供应'],
    ['民生\\供暖', '民生/供暖'],
    ['交通、出行', '交通、出行'],
    ['///', null],
    ['   ', null],
  ])('%j → %j', (input, expected) => {
    expect(normaliseTagPath(input)).toBe(expected);
  });

  it('knows parents, leaves and children without confusing a prefix for a parent', () => {
    expect(ancestorPaths('疫情防控/物资供应/口罩')).toEqual(['疫情防控', '疫情防控/物资供应']);
    expect(ancestorPaths('民生')).toEqual([]);
    expect(tagLeaf('疫情防控/物资供应')).toBe('物资供应');
    expect(isSameOrDescendant('疫情防控/物资供应', '疫情防控')).toBe(true);
    expect(isSameOrDescendant('疫情防控', '疫情防控')).toBe(true);
    expect(isSameOrDescendant('疫情防控措施', '疫情防控')).toBe(false);
    expect(isSameOrDescendant('疫情防控', '疫情防控/物资供应')).toBe(false);
  });

  it('tagAndDescendants: the tag and every known child, parents first; an unknown tag matches itself', () => {
    const known = ['疫情防控', '疫情防控/物资供应', '疫情防控/物资供应/口罩', '疫情防控措施', '民生'];
    expect(tagAndDescendants('疫情防控', known)).toEqual(['疫情防控', '疫情防控/物资供应', '疫情防控/物资供应/口罩']);
    expect(tagAndDescendants('疫情防控/物资供应', known)).toEqual(['疫情防控/物资供应', '疫情防控/物资供应/口罩']);
    expect(tagAndDescendants('交通', known)).toEqual(['交通']);
  });

  it('sorts parents before children and siblings in Chinese order', () => {
    const sorted = ['民生/供暖', '疫情防控/物资供应', '民生', '疫情防控'].sort(compareTagPaths);
    expect(sorted.indexOf('民生')).toBeLessThan(sorted.indexOf('民生/供暖'));
    expect(sorted.indexOf('疫情防控')).toBeLessThan(sorted.indexOf('疫情防控/物资供应'));
  });
});

describe('renaming and merging carry the children along', () => {
  it('moves the path and its children, nothing else', () => {
    expect(movedTagPath('疫情防控/物资供应', '疫情防控', '防疫')).toBe('防疫/物资供应');
    expect(movedTagPath('疫情防控', '疫情防控', '防疫')).toBe('防疫');
    expect(movedTagPath('疫情防控措施', '疫情防控', '防疫')).toBeNull();
  });

  it('refuses to move a tag into itself or its own child', () => {
    expect(canMoveTag('疫情防控', '疫情防控/物资供应')).toBe(false);
    expect(canMoveTag('疫情防控', '疫情防控')).toBe(false);
    expect(canMoveTag('疫情防控/物资供应', '民生')).toBe(true);
  });

  it('renames inside an item’s list and drops the duplicate a merge creates', () => {
    expect(renameInTagList(['民生', '疫情防控/物资供应'], '疫情防控', '防疫')).toEqual(['民生', '防疫/物资供应']);
    expect(renameInTagList(['谣言', '不实信息'], '不实信息', '谣言')).toEqual(['谣言']);
  });

  it('removes a tag with its children, and edits lists keeping their order', () => {
    expect(removeFromTagList(['民生', '疫情防控', '疫情防控/物资供应', '疫情防控措施'], '疫情防控')).toEqual(['民生', '疫情防控措施']);
    expect(editTagList(['a', 'b'], ['c', 'a'], ['b'])).toEqual(['a', 'c']);
    expect(editTagList(['a', 'b'], ['b'], [])).toEqual(['a', 'b']);
  });
});

describe('colours and type-ahead', () => {
  it('a child takes its nearest coloured ancestor’s colour; a root takes the next palette colour', () => {
    const existing = new Map([
      ['疫情防控', '#111111'],
      ['民生', '#222222'],
    ]);
    expect(colorForNewTag('疫情防控/物资供应/口罩', existing)).toBe('#111111');
    expect(colorForNewTag('交通', existing)).toBe(TAG_COLORS[2]);
  });

  it('ranks exact, then prefix, then segment-prefix, then substring matches', () => {
    const paths = ['民生/供暖', '供暖', '供暖/收费', '集中供暖问题', '交通'];
    expect(rankTagMatches('供暖', paths)).toEqual(['供暖', '供暖/收费', '民生/供暖', '集中供暖问题']);
    expect(rankTagMatches('', paths, 2)).toHaveLength(2);
    expect(rankTagMatches('教育', paths)).toEqual([]);
  });
});
