// Saved mapping templates: one per file layout, offered to every later parse of that layout.
import { newId } from '../../../shared/ids';
import type { MappingTemplate } from '../../../shared/import';
import { writeContext } from '../../workspace/desk';
import { t } from '../../i18n';
import { useImport, type ImportRepositories, type MappingTemplateRow } from './import-state';

export function templateOf(row: MappingTemplateRow): MappingTemplate {
  const template: MappingTemplate = { name: row.name, headerSignature: row.headerSignature, columns: row.columns };
  if (row.partner !== undefined) template.partner = row.partner;
  if (row.feed !== undefined) template.feed = row.feed;
  if (row.kind !== undefined) template.kind = row.kind;
  return template;
}

export async function saveTemplate(
  repositories: ImportRepositories,
  fileIndex: number,
  name: string,
  partner: string,
): Promise<{ ok: boolean; message: string }> {
  const trimmed = name.trim();
  if (trimmed === '') return { ok: false, message: t('import.mapping.templateNameRequired') };
  const file = useImport.getState().files[fileIndex];
  const sheet = file?.session.summary.sheets.find((candidate) => candidate.headerSignature !== null);
  if (!file || !sheet || sheet.headerSignature === null) return { ok: false, message: t('common.unknownError') };
  const { settings, templates } = useImport.getState();
  // One template per layout: saving again for the same headers replaces it.
  const existing = templates.find((template) => template.headerSignature === sheet.headerSignature);
  const row: MappingTemplateRow = {
    id: existing?.id ?? newId(),
    name: trimmed,
    headerSignature: sheet.headerSignature,
    columns: { ...sheet.mapping },
    feed: settings.feed,
    kind: settings.kind,
  };
  if (partner.trim() !== '') row.partner = partner.trim();
  await repositories.mappings.put(row, writeContext());
  useImport.setState({ templates: await repositories.mappings.list<MappingTemplateRow>() });
  return { ok: true, message: t('import.mapping.templateSaved', { name: trimmed }) };
}
