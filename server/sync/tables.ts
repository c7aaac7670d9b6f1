// Which desk tables a push may write, and how a desk row's fields map onto the server table's columns.
// Fields not listed go into the row's `extra` column, so a newer desk's fields survive the trip.

export type ColumnKind = 'text' | 'integer' | 'boolean' | 'timestamptz' | 'date' | 'text[]' | 'jsonb';

export interface ColumnSpec {
  field: string;
  column: string;
  kind: ColumnKind;
}

export interface TableSpec {
  /** the desk's (Dexie) table name, as entries and push rows name it */
  deskTable: string;
  sqlTable: string;
  keyField: string;
  columns: readonly ColumnSpec[];
}

type ColumnList = ReadonlyArray<readonly [field: string, kind: ColumnKind, column?: string]>;

function snakeCase(field: string): string {
  return field.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
}

function table(deskTable: string, sqlTable: string, keyField: string, columns: ColumnList): TableSpec {
  return {
    deskTable,
    sqlTable,
    keyField,
    columns: columns.map(([field, kind, column]) => ({ field, kind, column: column ?? snakeCase(field) })),
  };
}

const t = 'text';
const ts = 'timestamptz';

export const SYNCED_TABLES: readonly TableSpec[] = [
  table('items', 'items', 'id', [
    ['id', t],
    ['kind', t],
    ['feeds', 'text[]'],
    ['platform', t],
    ['title', t],
    ['content', t],
    ['url', t],
    ['account', t],
    ['publishedAt', ts],
    ['reportedAt', ts],
    ['capturedAt', ts],
    ['region', t],
    ['unitId', t],
    ['reporterId', t],
    ['metrics', 'jsonb'],
    ['tags', 'text[]'],
    ['eventId', t],
    ['assessment', 'jsonb'],
    ['status', t],
    ['actions', 'jsonb'],
    ['notOpinion', 'boolean'],
    ['fingerprint', t],
    ['simhash', t],
    ['provenance', 'jsonb'],
    ['externalId', t],
    ['rootExternalId', t],
    ['parentExternalId', t],
    ['notDuplicateOf', 'text[]'],
    ['mergedInto', t],
    ['createdAt', ts],
    ['updatedAt', ts],
    ['rev', 'integer'],
  ]),
  table('spreadEdges', 'spread_edges', 'id', [
    ['id', t],
    ['from', t, 'from_item'],
    ['to', t, 'to_item'],
    ['type', t],
    ['at', ts],
    ['note', t],
    ['createdBy', t],
  ]),
  table('events', 'events', 'id', [
    ['id', t],
    ['name', t],
    ['description', t],
    ['createdAt', ts],
    ['updatedAt', ts],
  ]),
  table('tags', 'tags', 'path', [
    ['path', t],
    ['color', t],
    ['createdAt', ts],
  ]),
  table('refutations', 'refutations', 'id', [
    ['id', t],
    ['title', t],
    ['publisher', t],
    ['channel', t],
    ['url', t],
    ['publishedAt', ts],
    ['itemIds', 'text[]'],
    ['createdAt', ts],
  ]),
  table('units', 'units', 'id', [
    ['id', t],
    ['name', t],
    ['parentId', t],
    ['cadence', t],
    ['cutoff', t],
    ['active', 'boolean'],
    ['startDate', 'date'],
    ['registeredAt', ts],
  ]),
  table('reporters', 'reporters', 'id', [
    ['id', t],
    ['name', t],
    ['unitId', t],
    ['role', t],
    ['active', 'boolean'],
  ]),
  table('zeroReports', 'zero_reports', 'id', [
    ['id', t],
    ['unitId', t],
    ['date', 'date'],
  ]),
  table('reports', 'reports', 'id', [
    ['id', t],
    ['seriesId', t],
    ['seriesName', t],
    ['year', 'integer'],
    ['number', 'integer'],
    ['date', 'date'],
    ['status', t],
    ['heading', 'jsonb'],
    ['overview', t],
    ['items', 'jsonb'],
    ['suggestions', 'jsonb'],
    ['stats', 'jsonb'],
    ['maskAccounts', 'boolean'],
    ['comments', 'jsonb'],
    ['withdrawal', 'jsonb'],
    ['signature', 'jsonb'],
  ]),
  table('reportActions', 'report_actions', 'id', [
    ['id', t],
    ['reportId', t],
    ['action', t],
    ['from', t, 'from_status'],
    ['to', t, 'to_status'],
    ['by', t, 'by_person'],
    ['role', t],
    ['at', ts],
    ['comment', t],
  ]),
  table('importBatches', 'import_batches', 'id', [
    ['id', t],
    ['startedAt', ts],
    ['finishedAt', ts],
    ['state', t],
    ['files', 'text[]'],
    ['feed', t],
    ['kind', t],
    ['createdItemIds', 'text[]'],
    ['mergedItemIds', 'text[]'],
    ['counts', 'jsonb'],
    ['actor', t],
  ]),
  table('mappings', 'mappings', 'id', [
    ['id', t],
    ['name', t],
    ['headerSignature', t],
  ]),
  table('dictionaries', 'dictionaries', 'id', [
    ['id', t],
    ['name', t],
    ['kind', t],
    ['entries', 'jsonb'],
    ['updatedAt', ts],
  ]),
  table('watchRules', 'watch_rules', 'id', [
    ['id', t],
    ['name', t],
    ['active', 'boolean'],
    ['createdBy', t],
    ['createdAt', ts],
    ['updatedAt', ts],
  ]),
  table('tasks', 'tasks', 'id', [
    ['id', t],
    ['title', t],
    ['status', t],
    ['assignee', t],
    ['dueAt', ts],
    ['createdBy', t],
    ['createdAt', ts],
    ['updatedAt', ts],
  ]),
  table('notes', 'notes', 'id', [
    ['id', t],
    ['target', t],
    ['body', t],
    ['author', t],
    ['createdAt', ts],
    ['updatedAt', ts],
  ]),
  table('circulars', 'circulars', 'id', [
    ['id', t],
    ['title', t],
    ['issuedBy', t],
    ['issuedAt', ts],
    ['body', t],
    ['createdAt', ts],
  ]),
];

const BY_DESK_TABLE = new Map(SYNCED_TABLES.map((spec) => [spec.deskTable, spec]));

export function tableSpecFor(deskTable: string): TableSpec | null {
  return BY_DESK_TABLE.get(deskTable) ?? null;
}
