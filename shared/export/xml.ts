// Text that reaches SpreadsheetML comes from partner spreadsheets and pasted posts, so it can hold
// anything. XML 1.0 cannot carry most C0 controls, lone surrogates or U+FFFE/U+FFFF even as character
// references: one such character makes Excel refuse the whole file. They are dropped, because nothing
// an analyst reads depends on them.
const ILLEGAL_XML_CHARS =
  // eslint-disable-next-line no-control-regex -- finding control characters is the purpose
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

// Excel reads `_xHHHH_` inside a cell string as an escaped character; a literal one typed by a user must
// have its underscore escaped (`_x005F_`) or it would come back as a different character.
const EXCEL_ESCAPE_LOOKALIKE = /_(x[0-9A-Fa-f]{4}_)/g;

// eslint-disable-next-line no-control-regex -- finding control characters is the purpose
const NEEDS_XML_WORK = /[&<>"\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;
// eslint-disable-next-line no-control-regex -- finding control characters is the purpose
const NEEDS_CELL_WORK = /[&<>"\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]|_x[0-9A-Fa-f]{4}_/;

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

export function stripIllegalXmlChars(text: string): string {
  return text.replace(ILLEGAL_XML_CHARS, '');
}

/** Escapes text for XML element content or a double-quoted attribute. */
export function escapeXml(text: string): string {
  // Most values are plain prose; testing first keeps a 100k-row export from paying for replaces it does not need.
  if (!NEEDS_XML_WORK.test(text)) return text;
  return stripIllegalXmlChars(text).replace(/[&<>"]/g, (char) => ENTITIES[char] ?? char);
}

/** Escapes the text of a cell string, which Excel additionally unescapes `_xHHHH_` in. */
export function escapeCellText(text: string): string {
  if (!NEEDS_CELL_WORK.test(text)) return text;
  return escapeXml(text).replace(EXCEL_ESCAPE_LOOKALIKE, '_x005F_$1');
}
