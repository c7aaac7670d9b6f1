import { errorReason, type useT } from '../../i18n';
import { platform } from '../../platform';
import type { StoredCascade } from './cascade-source';
import { showNotice } from './spread-store';

/** File names say what and which cascade: 传播关系_<root>.xlsx */
export function exportName(kind: string, stored: StoredCascade, extension: string): string {
  const root = (stored.key.startsWith('ext:') ? stored.key.slice(4) : stored.key).replace(/[^\p{L}\p{N}_-]+/gu, '').slice(0, 40);
  return `${kind}_${root}.${extension}`;
}

export async function saveExport(name: string, bytes: Uint8Array<ArrayBuffer>, t: ReturnType<typeof useT>): Promise<void> {
  try {
    const result = await platform().saveFile({ suggestedName: name, bytes });
    if (result.saved) showNotice('ok', t('spread.export.saved', { name: result.path ?? name }));
  } catch (error) {
    showNotice('bad', t('spread.export.failed', { reason: errorReason(error) }));
  }
}
