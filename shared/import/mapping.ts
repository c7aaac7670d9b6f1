import { FIELD_LABELS } from './fields';
import type { ImportField } from './fields';
import { FORBIDDEN_KEYS } from './decode/json';
import { matchSynonym, normaliseHeader } from './synonyms';
import type { MappingTemplate } from './template';

// Which column feeds which field: the template's word first, then header synonyms. Two columns for one
// field: the earlier synonym wins and the other is left out with a warning, except a date column plus
// a time column, which together make publishedAt.

export interface ColumnMapping {
  /** header as shown → field or null, for every column that has a header */
  mapping: Record<string, ImportField | null>;
  /** field per column index */
  fields: (ImportField | null)[];
  /** a date-only and a time-only column combined into publishedAt */
  publishedDateColumn: number | null;
  publishedTimeColumn: number | null;
  conflicts: { field: ImportField; reason: string }[];
}

export type ColumnShape = 'date' | 'time' | 'other';

export interface MappingInput {
  labels: readonly string[];
  baseLabels: readonly string[];
  template: MappingTemplate | null;
  /** what the column's values look like, for the date + time exception */
  columnShape: (column: number) => ColumnShape;
}

interface Claim {
  column: number;
  field: ImportField;
  /** template claims beat synonyms; among synonyms the earlier one wins */
  rank: number;
}

export function mapColumns({ labels, baseLabels, template, columnShape }: MappingInput): ColumnMapping {
  const templateByLabel = new Map<string, ImportField | null>();
  const templateByKey = new Map<string, ImportField | null>();
  if (template) {
    for (const [header, field] of Object.entries(template.columns)) {
      templateByLabel.set(header, field);
      templateByKey.set(normaliseHeader(header), field);
    }
  }

  const claims: Claim[] = [];
  const excluded = new Set<number>();
  labels.forEach((label, column) => {
    if (label === '' || FORBIDDEN_KEYS.has(label)) return;
    const base = baseLabels[column] ?? label;
    const fromTemplate = templateByLabel.has(label) ? templateByLabel.get(label) : templateByKey.get(normaliseHeader(label));
    if (fromTemplate !== undefined) {
      if (fromTemplate === null) excluded.add(column);
      else claims.push({ column, field: fromTemplate, rank: -1 });
      return;
    }
    const hit = matchSynonym(base);
    if (hit) claims.push({ column, field: hit.field, rank: hit.priority });
  });

  const fields: (ImportField | null)[] = labels.map(() => null);
  const conflicts: ColumnMapping['conflicts'] = [];
  let publishedDateColumn: number | null = null;
  let publishedTimeColumn: number | null = null;
  const byField = new Map<ImportField, Claim[]>();
  for (const claim of claims) {
    const list = byField.get(claim.field) ?? [];
    list.push(claim);
    byField.set(claim.field, list);
  }
  for (const [field, list] of byField) {
    list.sort((a, b) => a.rank - b.rank || a.column - b.column);
    const winner = list[0] as Claim;
    fields[winner.column] = field;
    let losers = list.slice(1);
    if (field === 'publishedAt' && losers.length > 0) {
      const pair = findDateTimePair(list, columnShape);
      if (pair) {
        fields[pair.date] = field;
        fields[pair.time] = field;
        publishedDateColumn = pair.date;
        publishedTimeColumn = pair.time;
        if (winner.column !== pair.date && winner.column !== pair.time) fields[winner.column] = null;
        losers = list.filter((claim) => claim.column !== pair.date && claim.column !== pair.time);
      }
    }
    const kept = fields.indexOf(field);
    for (const loser of losers) {
      fields[loser.column] = null;
      conflicts.push({
        field,
        reason: `列「${labels[loser.column]}」也对应${FIELD_LABELS[field]}，已采用列「${labels[kept] ?? ''}」，该列未导入`,
      });
    }
  }

  const mapping = Object.create(null) as Record<string, ImportField | null>;
  labels.forEach((label, column) => {
    if (label === '' || FORBIDDEN_KEYS.has(label)) return;
    mapping[label] = excluded.has(column) ? null : (fields[column] ?? null);
  });
  return { mapping, fields, publishedDateColumn, publishedTimeColumn, conflicts };
}

function findDateTimePair(claims: readonly Claim[], columnShape: (column: number) => ColumnShape): { date: number; time: number } | null {
  const date = claims.find((claim) => columnShape(claim.column) === 'date');
  const time = claims.find((claim) => columnShape(claim.column) === 'time');
  return date && time ? { date: date.column, time: time.column } : null;
}
