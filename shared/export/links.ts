// Only an item's own web address may become a clickable link: `javascript:`, `file:`, `data:` and
// look-alikes stay inert text, so a hostile source cannot plant something that runs when a reader
// clicks it in Excel or WPS.
const HTTP_PREFIX = /^https?:\/\//i;
// eslint-disable-next-line no-control-regex -- finding control characters is the purpose
const CONTROL_OR_SPACE = /[\u0000-\u0020\u007F]/;

/** The address to link to when `url` is an absolute http(s) URL Excel can follow, else null. */
export function httpLinkTarget(url: string, maxChars: number): string | null {
  if (!HTTP_PREFIX.test(url) || CONTROL_OR_SPACE.test(url)) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if ((parsed.protocol !== 'http:' && parsed.protocol !== 'https:') || parsed.hostname === '') return null;
  return parsed.href.length <= maxChars ? parsed.href : null;
}
