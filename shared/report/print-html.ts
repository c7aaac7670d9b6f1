// The report as the office prints it on A4: red masthead with the series name, 第N期, the issuing
// organisation and date above a red rule, then 概况, the items with their 研判, 对策建议 and the counts,
// and the signer at the foot. One self-contained page: inline CSS only, no script, no external resource,
// so it prints the same in Electron's printToPDF, in a browser's print dialog and years later from a pack.
import type { CountMap, ReportHeading, ReportSignature, ReportStats, SignedItem } from '../domain/report-types';
import { FEED_LABELS, KIND_LABELS, RISK_LABELS, riskLabel, SENTIMENT_LABELS, VERACITY_LABELS } from '../export/labels';
import { issueLabel } from './series';
import { statKeysInOrder, UNSPECIFIED_KEY, type ReportStatsDimension } from './stats';

export interface PrintableReport {
  seriesName: string;
  year: number;
  number: number;
  /** YYYY-MM-DD */
  date: string;
  heading: ReportHeading;
  overview: string;
  items: readonly SignedItem[];
  suggestions: readonly string[];
  stats: ReportStats | null;
  /** null while the report is not signed: the page then says so across its top */
  signer: ReportSignature | null;
}

const CHINESE_ORDINALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** 一、二 … 十、十一 … 九十九: how the office numbers the items of a report. */
export function chineseOrdinal(value: number): string {
  if (!Number.isInteger(value) || value < 1 || value > 99) return String(value);
  if (value <= 10) return CHINESE_ORDINALS[value - 1] as string;
  const tens = Math.floor(value / 10);
  const ones = value % 10;
  return `${tens === 1 ? '' : CHINESE_ORDINALS[tens - 1]}十${ones === 0 ? '' : CHINESE_ORDINALS[ones - 1]}`;
}

/** Text placed in HTML, element content and attribute values alike. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

/** 2026-03-02 → 2026年3月2日, from the string itself so no time zone can move the day. */
export function chineseDate(date: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  return match ? `${match[1]}年${Number(match[2])}月${Number(match[3])}日` : date;
}

const KIND_KEYS: Readonly<Record<string, string>> = KIND_LABELS;
const FEED_KEYS: Readonly<Record<string, string>> = FEED_LABELS;
const SENTIMENT_KEYS: Readonly<Record<string, string>> = SENTIMENT_LABELS;
const RISK_KEYS: Readonly<Record<string, string>> = RISK_LABELS;

const STAT_ROWS: ReadonlyArray<{
  label: string;
  key: ReportStatsDimension;
  names: Readonly<Record<string, string>>;
}> = [
  { label: '类别', key: 'byKind', names: KIND_KEYS },
  { label: '来源渠道', key: 'byFeed', names: FEED_KEYS },
  { label: '平台', key: 'byPlatform', names: {} },
  { label: '倾向', key: 'bySentiment', names: SENTIMENT_KEYS },
  { label: '风险等级', key: 'byRisk', names: RISK_KEYS },
  { label: '地区', key: 'byRegion', names: {} },
];

function countName(key: string, names: Readonly<Record<string, string>>): string {
  if (key === UNSPECIFIED_KEY) return '未注明';
  return names[key] ?? key;
}

function signed(value: number): string {
  return value > 0 ? `+${value}` : String(value);
}

function countList(
  dimension: ReportStatsDimension,
  counts: CountMap,
  change: CountMap | undefined,
  names: Readonly<Record<string, string>>,
): string {
  const keys = statKeysInOrder(dimension, counts);
  if (keys.length === 0) return '无';
  return keys
    .map((key) => {
      const delta = change?.[key];
      const deltaText = delta === undefined || delta === 0 ? '' : `（${signed(delta)}）`;
      return `${escapeHtml(countName(key, names))} ${counts[key] ?? 0}${deltaText}`;
    })
    .join('，');
}

function statsSection(stats: ReportStats | null): string {
  if (!stats) return '';
  const totalChange = stats.change ? `，较上期${stats.change.total === 0 ? '持平' : signed(stats.change.total)}` : '';
  const rows = STAT_ROWS.map(
    ({ label, key, names }) => `<tr><th>${label}</th><td>${countList(key, stats[key], stats.change?.[key], names)}</td></tr>`,
  ).join('');
  return `<h2>本期统计</h2><p>本期共编报舆情信息 ${stats.total} 条${totalChange}。括号内为较上期增减。</p><table class="stats">${rows}</table>`;
}

function itemFacts(item: SignedItem): string {
  const facts = [KIND_LABELS[item.kind], item.platform, item.region, item.account ? `账号：${item.account}` : null].filter(
    (fact): fact is string => fact !== null && fact !== '',
  );
  const assessment = [
    item.sentiment ? `倾向${SENTIMENT_LABELS[item.sentiment]}` : null,
    item.risk ? `风险${riskLabel(item.risk)}` : null,
    item.veracity ? VERACITY_LABELS[item.veracity] : null,
  ].filter((fact): fact is string => fact !== null);
  return escapeHtml([...facts, ...assessment].join(' · '));
}

function itemSection(item: SignedItem, index: number): string {
  const title = item.title?.trim() || item.content?.trim().slice(0, 30) || '（无标题）';
  const content = item.content?.trim() ? `<p>${escapeHtml(item.content.trim())}</p>` : '';
  const link = item.url ? `<p class="source">来源：${escapeHtml(item.url)}</p>` : '';
  const assessment = item.assessmentText.trim() ? `<p class="assessment"><b>研判：</b>${escapeHtml(item.assessmentText.trim())}</p>` : '';
  return `<section class="item"><h3>${chineseOrdinal(index + 1)}、${escapeHtml(title)}</h3><p class="facts">${itemFacts(item)}</p>${content}${link}${assessment}</section>`;
}

function paragraphs(text: string): string {
  const parts = text
    .split(/\n+/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
  return parts.length === 0 ? '<p class="empty">（未填写）</p>' : parts.map((part) => `<p>${escapeHtml(part)}</p>`).join('');
}

// 仿宋 for the body and 宋体/小标宋 for the masthead are what official documents use (GB/T 9704); the
// fallbacks are the fonts Windows and common Linux desktops ship, so nothing is fetched.
const STYLE = `
@page { size: A4; margin: 30mm 26mm 28mm 28mm; }
* { box-sizing: border-box; }
body { margin: 0; color: #000; font: 16pt/1.75 "FangSong", "仿宋", "STFangsong", "Noto Serif CJK SC", "Source Han Serif SC", serif; }
.draft { border: 2px solid #c00; color: #c00; text-align: center; font-weight: bold; padding: 2mm; margin-bottom: 6mm; }
.masthead { text-align: center; color: #c00; font: bold 36pt/1.3 "FZXiaoBiaoSong-B05S", "方正小标宋简体", "SimSun", "宋体", "Noto Serif CJK SC", serif; letter-spacing: 2pt; margin: 0; }
.issue { text-align: center; margin: 4mm 0 2mm; }
.meta { display: flex; justify-content: space-between; font-size: 14pt; }
.rule { border: 0; border-top: 2px solid #c00; margin: 2mm 0 8mm; }
h2 { font: bold 16pt/1.75 "SimHei", "黑体", "Noto Sans CJK SC", sans-serif; margin: 6mm 0 2mm; }
h3 { font: bold 16pt/1.6 "KaiTi", "楷体", "STKaiti", serif; margin: 4mm 0 1mm; }
p { margin: 0 0 2mm; text-indent: 2em; text-align: justify; }
p.facts, p.source { text-indent: 0; font-size: 12pt; color: #333; }
p.empty { color: #555; }
ol { margin: 0; padding-left: 2em; }
table.stats { border-collapse: collapse; width: 100%; font-size: 12pt; }
table.stats th, table.stats td { border: 1px solid #000; padding: 1mm 2mm; text-align: left; vertical-align: top; }
table.stats th { width: 22mm; white-space: nowrap; }
.item { break-inside: avoid-page; }
.footer { margin-top: 10mm; border-top: 1px solid #000; padding-top: 2mm; font-size: 14pt; display: flex; justify-content: space-between; }
`;

/** The whole printable page. Every piece of user text is escaped; the page has no script and loads nothing. */
export function reportPrintHtml(report: PrintableReport): string {
  const title = `${report.seriesName} ${issueLabel(report.year, report.number)}`;
  const draftNotice = report.signer ? '' : '<div class="draft">未签发 · 仅供审阅，不得报送</div>';
  const items =
    report.items.length === 0
      ? '<p class="empty">（本期未编入舆情信息）</p>'
      : report.items.map((item, index) => itemSection(item, index)).join('');
  const suggestions =
    report.suggestions.length === 0
      ? '<p class="empty">（本期无对策建议）</p>'
      : `<ol>${report.suggestions.map((suggestion) => `<li>${escapeHtml(suggestion)}</li>`).join('')}</ol>`;
  const signer = report.signer ? escapeHtml(report.signer.name) : '（未签发）';
  return [
    '<!DOCTYPE html>',
    '<html lang="zh-CN"><head><meta charset="utf-8">',
    // Even if a host ever loaded this page outside the sandbox, it could not run or fetch anything.
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    `<title>${escapeHtml(title)}</title><style>${STYLE}</style></head><body>`,
    draftNotice,
    `<h1 class="masthead">${escapeHtml(report.seriesName)}</h1>`,
    `<div class="issue">${issueLabel(report.year, report.number)}</div>`,
    `<div class="meta"><span>${escapeHtml(report.heading.issuingOrganisation)}</span><span>${chineseDate(report.date)}</span></div>`,
    '<hr class="rule">',
    `<h2>概况</h2>${paragraphs(report.overview)}`,
    `<h2>舆情信息</h2>${items}`,
    `<h2>对策建议</h2>${suggestions}`,
    statsSection(report.stats),
    `<div class="footer"><span>签发：${signer}</span><span>报：${escapeHtml(report.heading.recipient)}</span></div>`,
    '</body></html>',
  ].join('');
}
