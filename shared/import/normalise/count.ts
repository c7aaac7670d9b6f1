import type { Cell } from '../table';

// Interaction counts as portals print them: 3,456 · 1.2万 · 10万+ · 1.5亿 · 2.3w · 5k.

export type CountResult = { value: number | null; warning: string | null };

const UNITS: Record<string, number> = { 万: 10_000, w: 10_000, 亿: 100_000_000, 千: 1_000, k: 1_000 };
const COUNT = /^(\d+(?:\.\d+)?)\s*(万|亿|千|w|k)?\s*(\+)?$/i;
/** what agencies type for "none" */
const EMPTY_MARKS = new Set(['-', '--', '—', '——', '/', '无', '暂无', 'n/a', 'na', 'null']);

export function parseCount(cell: Cell | undefined): CountResult {
  if (!cell) return { value: null, warning: null };
  if (cell.number !== undefined && cell.dateSerial === undefined) {
    if (cell.number < 0 || !Number.isFinite(cell.number)) return { value: null, warning: `数量「${cell.text}」不是有效的非负数，已留空` };
    return { value: Math.round(cell.number), warning: null };
  }
  const text = cell.text
    .normalize('NFKC')
    .trim()
    .replace(/[,，\s]/g, '');
  if (text === '' || EMPTY_MARKS.has(text.toLowerCase())) return { value: null, warning: null };
  const match = COUNT.exec(text);
  if (!match) return { value: null, warning: `无法识别的数量「${cell.text.trim()}」，已留空` };
  const unit = match[2] ? (UNITS[match[2].toLowerCase()] ?? 1) : 1;
  const value = Math.round(Number(match[1]) * unit);
  if (!Number.isSafeInteger(value)) return { value: null, warning: `数量「${cell.text.trim()}」过大，已留空` };
  if (match[3]) return { value, warning: `数量「${cell.text.trim()}」是下限，按 ${value} 导入` };
  return { value, warning: null };
}
