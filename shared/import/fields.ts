// The item fields a column can be mapped to. `feed` and `kind` are not recognised from headers (no header
// synonym names them); a mapping template may still map a column to them to override per row.

export const IMPORT_FIELDS = [
  'externalId',
  'rootExternalId',
  'parentExternalId',
  'title',
  'content',
  'url',
  'platform',
  'account',
  'publishedAt',
  'reportedAt',
  'region',
  'reposts',
  'comments',
  'likes',
  'views',
  'sentiment',
  'unit',
  'reporter',
  'feed',
  'kind',
] as const;

export type ImportField = (typeof IMPORT_FIELDS)[number];

export const METRIC_FIELDS = ['reposts', 'comments', 'likes', 'views'] as const;
export type MetricField = (typeof METRIC_FIELDS)[number];

export function isImportField(value: unknown): value is ImportField {
  return typeof value === 'string' && (IMPORT_FIELDS as readonly string[]).includes(value);
}

/** Fields that identify an item: a row with none of them is rejected. */
export const IDENTIFYING_FIELDS = ['title', 'content', 'url', 'externalId'] as const satisfies readonly ImportField[];

/** Chinese names for warnings and the mapping UI. */
export const FIELD_LABELS: Record<ImportField, string> = {
  externalId: '信息ID',
  rootExternalId: '原帖ID',
  parentExternalId: '上级ID',
  title: '标题',
  content: '内容',
  url: '链接',
  platform: '平台',
  account: '账号',
  publishedAt: '发布时间',
  reportedAt: '报送时间',
  region: '地区',
  reposts: '转发数',
  comments: '评论数',
  likes: '点赞数',
  views: '阅读数',
  sentiment: '倾向',
  unit: '报送单位',
  reporter: '报送人',
  feed: '来源渠道',
  kind: '舆情类别',
};
