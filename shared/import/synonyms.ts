import type { ImportField } from './fields';

// Header synonyms as the import contract lists them; the order inside each list is the priority when two
// columns match one field (the earlier synonym wins).
export const HEADER_SYNONYMS: Readonly<Partial<Record<ImportField, readonly string[]>>> = {
  externalId: ['帖子ID', '微博ID', '信息ID', 'ID', 'mid'],
  rootExternalId: ['原帖ID', '根ID', '源帖ID', '原微博ID'],
  parentExternalId: ['上级ID', '父ID', '转发自ID', '上级帖子ID', 'parent'],
  title: ['标题', '主题', '信息标题'],
  content: ['内容', '正文', '内容摘要', '摘要', '帖文内容', '舆情内容', '主要内容', 'text'],
  url: ['链接', '网址', '原文链接', 'URL', '地址'],
  platform: ['平台', '来源平台', '来源网站', '媒体', '载体', '网站', '来源'],
  account: ['作者', '账号', '账号名称', '发布者', '昵称', '用户', '用户ID', 'uid'],
  publishedAt: ['发布时间', '发帖时间', '时间', '发现时间', '日期', 'date'],
  reportedAt: ['报送时间', '上报时间'],
  region: ['地区', '涉及地区', '属地', '旗区'],
  reposts: ['转发数', '转发量'],
  comments: ['评论数', '评论量'],
  likes: ['点赞数', '点赞量'],
  views: ['阅读数', '浏览量', '阅读量'],
  sentiment: ['倾向', '倾向性', '情感倾向'],
  unit: ['报送单位', '单位'],
  reporter: ['报送人', '信息员'],
};

/** Serial-number headers: a row holding only one of these is rejected, not taken for an item. */
export const SERIAL_HEADERS: readonly string[] = ['序号', '编号'];

const PUNCTUATION_AND_SPACE = /[\s\p{P}\p{S}]+/gu;

/** Trim spaces, line breaks and punctuation, ignore case (full-width forms folded by NFKC). */
export function normaliseHeader(header: string): string {
  return header.normalize('NFKC').replace(PUNCTUATION_AND_SPACE, '').toLowerCase();
}

export interface SynonymHit {
  field: ImportField;
  /** position in the field's synonym list: lower wins a conflict */
  priority: number;
}

const SYNONYM_INDEX: ReadonlyMap<string, SynonymHit> = (() => {
  const index = new Map<string, SynonymHit>();
  for (const [field, synonyms] of Object.entries(HEADER_SYNONYMS) as [ImportField, readonly string[]][]) {
    synonyms.forEach((synonym, priority) => index.set(normaliseHeader(synonym), { field, priority }));
  }
  return index;
})();

export function matchSynonym(header: string): SynonymHit | null {
  const key = normaliseHeader(header);
  return key === '' ? null : (SYNONYM_INDEX.get(key) ?? null);
}

export function isSerialHeader(header: string): boolean {
  const key = normaliseHeader(header);
  return SERIAL_HEADERS.some((serial) => normaliseHeader(serial) === key);
}
