// The report open on the page lives in the location hash (#/reports/<id>), so back/forward and a bookmark
// return to it. The shell's router only knows the page; the rest is read here.
const PREFIX = '#/reports/';

export function reportIdFromHash(hash: string): string | null {
  if (!hash.startsWith(PREFIX)) return null;
  const rest = hash.slice(PREFIX.length);
  if (rest === '') return null;
  try {
    return decodeURIComponent(rest);
  } catch {
    return null;
  }
}

export function openReportPage(id: string | null): void {
  window.location.hash = id === null ? '#/reports' : `${PREFIX}${encodeURIComponent(id)}`;
}
