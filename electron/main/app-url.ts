// What counts as "the app itself": the built index.html on disk, or the electron-vite dev server in
// development. Navigation, IPC senders and network requests are all judged against this one answer.

export interface AppLocation {
  /** file:// URL of out/renderer/index.html */
  indexFileUrl: string;
  /** ELECTRON_RENDERER_URL while developing; null in a built app */
  devServerUrl: string | null;
}

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** The URL without its #fragment and ?query: the router and hot reload change those, not the page. */
function pageOf(url: URL): string {
  return `${url.protocol}//${url.host}${url.pathname}`;
}

export function isAppUrl(location: AppLocation, url: string): boolean {
  const parsed = parse(url);
  if (!parsed) return false;
  if (location.devServerUrl !== null) {
    const dev = parse(location.devServerUrl);
    return dev !== null && parsed.origin === dev.origin && (parsed.protocol === 'http:' || parsed.protocol === 'https:');
  }
  const index = parse(location.indexFileUrl);
  return index !== null && parsed.protocol === 'file:' && pageOf(parsed) === pageOf(index);
}

const ALWAYS_ALLOWED_SCHEMES = new Set(['file:', 'devtools:', 'data:', 'blob:']);

/**
 * Offline means offline: a request may go to local files and in-memory data, and while developing to
 * the dev server (http for modules, ws for hot reload). Everything else is cancelled.
 */
export function isAllowedRequest(location: AppLocation, url: string): boolean {
  const parsed = parse(url);
  if (!parsed) return false;
  if (ALWAYS_ALLOWED_SCHEMES.has(parsed.protocol)) return true;
  if (location.devServerUrl === null) return false;
  const dev = parse(location.devServerUrl);
  if (!dev || !['localhost', '127.0.0.1', '[::1]'].includes(dev.hostname)) return false;
  const sameServer = parsed.hostname === dev.hostname && parsed.port === dev.port;
  return sameServer && ['http:', 'https:', 'ws:', 'wss:'].includes(parsed.protocol);
}

export function isWebUrl(url: string): boolean {
  const parsed = parse(url);
  return parsed !== null && (parsed.protocol === 'http:' || parsed.protocol === 'https:');
}
