import * as v from 'valibot';
import { sha256Hex } from '../crypto/sha256';
import { FEEDS, ITEM_KINDS } from '../domain/types';
import type { Feed, ItemKind } from '../domain/types';
import { ImportError } from './errors';
import { IMPORT_FIELDS } from './fields';
import type { ImportField } from './fields';
import { normaliseHeader } from './synonyms';
import { FORBIDDEN_KEYS } from './decode/json';

// A saved column mapping, per partner: the same JSON the app stores and `desk check --mapping` reads.
// The format is documented in MAPPING-TEMPLATE.md.

export interface MappingTemplate {
  name: string;
  partner?: string;
  feed?: Feed;
  kind?: ItemKind;
  headerSignature: string;
  /** header as shown → field, or null to leave the column out */
  columns: Record<string, ImportField | null>;
}

const TemplateSchema = v.object({
  name: v.pipe(v.string(), v.minLength(1)),
  partner: v.optional(v.string()),
  feed: v.optional(v.picklist(FEEDS)),
  kind: v.optional(v.picklist(ITEM_KINDS)),
  headerSignature: v.string(),
  columns: v.record(v.string(), v.nullable(v.picklist(IMPORT_FIELDS))),
});

export function parseMappingTemplate(json: unknown): MappingTemplate {
  const result = v.safeParse(TemplateSchema, json);
  if (!result.success) {
    const issue = result.issues[0];
    const path = issue?.path?.map((item) => String(item.key)).join('.') ?? '';
    throw path ? new ImportError('import.badTemplateField', { path }) : new ImportError('import.badTemplate');
  }
  const columns: Record<string, ImportField | null> = Object.create(null) as Record<string, ImportField | null>;
  for (const [header, field] of Object.entries(result.output.columns)) {
    if (!FORBIDDEN_KEYS.has(header)) columns[header] = field;
  }
  const template: MappingTemplate = { name: result.output.name, headerSignature: result.output.headerSignature, columns };
  if (result.output.partner !== undefined) template.partner = result.output.partner;
  if (result.output.feed !== undefined) template.feed = result.output.feed;
  if (result.output.kind !== undefined) template.kind = result.output.kind;
  return template;
}

/**
 * Identifies a layout by its set of headers, normalised as synonyms are and sorted: agencies reorder
 * columns, and reordering should still find the template.
 */
export function headerSignature(headers: readonly string[]): string {
  const keys = [...new Set(headers.map(normaliseHeader).filter((key) => key !== ''))].sort();
  return sha256Hex(keys.join('\u001f')).slice(0, 32);
}

/** The template saved for exactly this layout, else the one sharing at least 80% of its headers. */
export function chooseTemplate(templates: readonly MappingTemplate[], headers: readonly string[]): MappingTemplate | null {
  const signature = headerSignature(headers);
  const exact = templates.find((template) => template.headerSignature === signature);
  if (exact) return exact;
  const present = new Set(headers.map(normaliseHeader).filter((key) => key !== ''));
  let best: MappingTemplate | null = null;
  let bestOverlap = 0;
  for (const template of templates) {
    const keys = new Set(Object.keys(template.columns).map(normaliseHeader));
    const shared = [...keys].filter((key) => present.has(key)).length;
    const overlap = shared / Math.max(keys.size, present.size, 1);
    if (overlap >= 0.8 && overlap > bestOverlap) {
      best = template;
      bestOverlap = overlap;
    }
  }
  return best;
}
