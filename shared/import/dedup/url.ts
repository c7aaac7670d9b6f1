// One URL, however it was shared: without scheme, www./m. prefixes, trailing slash, fragment and the
// tracking parameters portals append. This list is the single place they are named; settings may add.
export const TRACKING_PARAMETERS: readonly string[] = [
  'utm_*',
  'from',
  'wm',
  'spm',
  'share_*',
  'scene',
  'isappinstalled',
  'timestamp',
  'vd_source',
];

function trackingMatcher(extra: readonly string[]): (name: string) => boolean {
  const exact = new Set<string>();
  const prefixes: string[] = [];
  for (const pattern of [...TRACKING_PARAMETERS, ...extra]) {
    const lower = pattern.trim().toLowerCase();
    if (lower.endsWith('*')) prefixes.push(lower.slice(0, -1));
    else if (lower) exact.add(lower);
  }
  return (name) => {
    const lower = name.toLowerCase();
    return exact.has(lower) || prefixes.some((prefix) => lower.startsWith(prefix));
  };
}

const defaultMatcher = trackingMatcher([]);

/** A comparison key, not a URL to open: the scheme is gone on purpose (http and https are one post). */
export function normaliseUrl(raw: string, extraTrackingParameters: readonly string[] = []): string | null {
  const trimmed = raw.trim();
  if (trimmed === '') return null;
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `http://${trimmed}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return trimmed.toLowerCase();
  }
  const isTracking = extraTrackingParameters.length > 0 ? trackingMatcher(extraTrackingParameters) : defaultMatcher;
  const host = url.hostname.toLowerCase().replace(/^(?:www\.|m\.)/, '');
  const port = url.port && url.port !== '80' && url.port !== '443' ? `:${url.port}` : '';
  const path = url.pathname.replace(/\/+$/, '');
  const kept: [string, string][] = [];
  for (const [name, value] of url.searchParams.entries()) if (!isTracking(name)) kept.push([name, value]);
  kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const query = kept.map(([name, value]) => `${encodeURIComponent(name)}=${encodeURIComponent(value)}`).join('&');
  return `${host}${port}${path}${query ? `?${query}` : ''}`;
}

/** http(s) links and bare host paths are kept; javascript:, file:, data: and the like never reach the store. */
export function isAcceptableUrl(raw: string): boolean {
  const trimmed = raw.trim();
  if (/^https?:\/\//i.test(trimmed)) return true;
  if (/^[a-z][a-z0-9+.-]*:/i.test(trimmed) && !/^[\w.-]+:\d+/.test(trimmed)) return false;
  return /^[\w-]+(\.[\w-]+)+(:\d+)?(\/|\?|$)/.test(trimmed);
}
