// report.html: the printable report of a pack. Self-contained — styles inline, charts as data: SVG images,
// no script, no external reference — so it opens the same on any PC, offline, years later, and prints on A4.
// Charts go in as <img> (not inline <svg>) so nothing inside a chart could ever run as markup.
import type { StatsTable } from '../../../shared/export/workbook';

export interface ReportHtmlItemRow {
  title: string;
  platform: string;
  account: string;
  reportedAt: string;
  sentiment: string;
  risk: string;
}

export interface ReportHtmlInput {
  lang: string;
  title: string;
  subtitle: string;
  overview: string[];
  figures: { label: string; value: string }[];
  charts: { title: string; svg: Uint8Array }[];
  chartsHeading: string;
  tablesHeading: string;
  tables: StatsTable[];
  itemsHeading: string;
  itemsNote: string;
  itemColumns: { index: string; title: string; platform: string; account: string; reportedAt: string; sentiment: string; risk: string };
  items: ReportHtmlItemRow[];
  footer: string;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);
}

function base64(bytes: Uint8Array): string {
  let binary = '';
  const step = 0x8000;
  for (let at = 0; at < bytes.length; at += step) binary += String.fromCharCode(...bytes.subarray(at, at + step));
  return btoa(binary);
}

const STYLE = `
@page { size: A4; margin: 16mm 14mm; }
body { font-family: 'Noto Sans CJK SC', 'Microsoft YaHei', 'PingFang SC', 'SimSun', sans-serif; color: #1f2933; font-size: 10.5pt; line-height: 1.6; margin: 0 auto; max-width: 960px; padding: 16px; }
h1 { font-size: 18pt; text-align: center; margin: 0 0 4px; }
.subtitle { text-align: center; color: #5b6776; margin: 0 0 16px; }
h2 { font-size: 13pt; border-bottom: 2px solid #2f5d8a; padding-bottom: 2px; margin: 20px 0 8px; }
h3 { font-size: 11pt; margin: 12px 0 4px; }
.figures { display: flex; flex-wrap: wrap; gap: 8px; margin: 8px 0; padding: 0; list-style: none; }
.figures li { border: 1px solid #d6dce4; border-radius: 4px; padding: 4px 10px; }
.figures strong { font-size: 13pt; margin-left: 6px; }
figure { margin: 8px 0 16px; break-inside: avoid; }
figure img { width: 100%; height: auto; border: 1px solid #e5e9ef; }
table { border-collapse: collapse; width: 100%; margin: 4px 0 12px; break-inside: auto; }
th, td { border: 1px solid #c9d1db; padding: 2px 6px; text-align: left; vertical-align: top; }
th { background: #eef1f5; }
td.number { text-align: right; font-variant-numeric: tabular-nums; }
tr { break-inside: avoid; }
.note { color: #5b6776; }
footer { margin-top: 24px; color: #5b6776; font-size: 9pt; border-top: 1px solid #d6dce4; padding-top: 6px; }
`;

function tableHtml(table: StatsTable): string {
  const head = table.columns.map((column) => `<th scope="col">${escapeHtml(column)}</th>`).join('');
  const rows = table.rows
    .map(
      (row) =>
        `<tr>${row
          .map((cell) =>
            typeof cell === 'number' ? `<td class="number">${cell}</td>` : `<td>${escapeHtml(cell === null ? '' : String(cell))}</td>`,
          )
          .join('')}</tr>`,
    )
    .join('');
  return `<h3>${escapeHtml(table.title)}</h3><table><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>`;
}

export function buildReportHtml(input: ReportHtmlInput): string {
  const columns = input.itemColumns;
  const itemRows = input.items
    .map(
      (item, index) =>
        `<tr><td class="number">${index + 1}</td><td>${escapeHtml(item.title)}</td><td>${escapeHtml(item.platform)}</td><td>${escapeHtml(
          item.account,
        )}</td><td>${escapeHtml(item.reportedAt)}</td><td>${escapeHtml(item.sentiment)}</td><td>${escapeHtml(item.risk)}</td></tr>`,
    )
    .join('\n');
  const charts = input.charts
    .map(
      (chart) =>
        // The chart draws its own title, so the figure needs no caption; alt carries it for screen readers.
        `<figure><img alt="${escapeHtml(chart.title)}" src="data:image/svg+xml;base64,${base64(chart.svg)}"></figure>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="${escapeHtml(input.lang)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline'">
<title>${escapeHtml(input.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>${escapeHtml(input.title)}</h1>
<p class="subtitle">${escapeHtml(input.subtitle)}</p>
${input.overview.map((line) => `<p>${escapeHtml(line)}</p>`).join('\n')}
<ul class="figures">${input.figures.map((figure) => `<li>${escapeHtml(figure.label)}<strong>${escapeHtml(figure.value)}</strong></li>`).join('')}</ul>
<h2>${escapeHtml(input.chartsHeading)}</h2>
${charts}
<h2>${escapeHtml(input.tablesHeading)}</h2>
${input.tables.map(tableHtml).join('\n')}
<h2>${escapeHtml(input.itemsHeading)}</h2>
<p class="note">${escapeHtml(input.itemsNote)}</p>
<table>
<thead><tr><th scope="col">${escapeHtml(columns.index)}</th><th scope="col">${escapeHtml(columns.title)}</th><th scope="col">${escapeHtml(
    columns.platform,
  )}</th><th scope="col">${escapeHtml(columns.account)}</th><th scope="col">${escapeHtml(columns.reportedAt)}</th><th scope="col">${escapeHtml(
    columns.sentiment,
  )}</th><th scope="col">${escapeHtml(columns.risk)}</th></tr></thead>
<tbody>
${itemRows}
</tbody>
</table>
<footer>${escapeHtml(input.footer)}</footer>
</body>
</html>
`;
}
