// The one query language of the search box and of watch rules. Words separated by spaces are ANDed, "a quoted
// phrase" must appear as written (spaces included), a leading minus excludes (-谣言, -"不实 信息", -(a OR b)),
// OR (also 或) between two parts matches either, and parentheses group. Implicit AND binds tighter than OR:
// `a b OR c` is `(a b) OR c`. Chinese input methods type “ ” for quotes, （ ） for parentheses and full-width
// spaces; all are understood. OR is an operator only in capitals and standing alone (`or`, `或者` are words).
//
// Parsing never throws: a search box is parsed at every keystroke, so malformed input is read as well as it
// can be (an unclosed quote or group runs to the end, a stray `)` or a dangling OR is skipped) and the first
// problem is reported with a code and a position for the box to show. Rules are saved only without one.
import { bigramsOf } from './bigrams';
import { tokenizeQuery, type QueryToken } from './query-tokens';

export interface QueryTerm {
  /** folded, as searched */
  text: string;
  phrase: boolean;
}

export type QueryNode =
  | { type: 'term'; term: QueryTerm }
  | { type: 'not'; child: QueryNode }
  | { type: 'and'; children: QueryNode[] }
  | { type: 'or'; children: QueryNode[] };

export const QUERY_ERROR_CODES = [
  'unclosedQuote',
  'unclosedGroup',
  'unexpectedClose',
  'emptyGroup',
  'danglingOr',
  'danglingExclusion',
] as const;
export type QueryErrorCode = (typeof QUERY_ERROR_CODES)[number];

/** A syntax problem at a UTF-16 position of the input (folding keeps positions). */
export interface QueryProblem {
  code: QueryErrorCode;
  position: number;
}

export interface ParsedQuery {
  /** what the query matches; null for an empty query (no narrowing) */
  root: QueryNode | null;
  /** every term not under an exclusion, for highlighting (all required only when `root` holds no OR) */
  include: QueryTerm[];
  /** every term under an exclusion */
  exclude: QueryTerm[];
  /** the first syntax problem; the rest of the query was still read */
  error: QueryProblem | null;
}

/** Thrown by `parseQueryStrict` for input that `parseQuery` would only read with a problem. */
export class QuerySyntaxError extends Error {
  constructor(
    readonly code: QueryErrorCode,
    readonly position: number,
  ) {
    super(`query syntax error ${code} at ${position}`);
    this.name = 'QuerySyntaxError';
  }
}

class Parser {
  private at = 0;
  error: QueryProblem | null = null;

  constructor(private readonly tokens: readonly QueryToken[]) {}

  parseAll(): QueryNode | null {
    const parts: QueryNode[] = [];
    for (;;) {
      const node = this.parseOr();
      if (node) parts.push(node);
      const token = this.tokens[this.at];
      if (!token) break;
      // only a `)` with no `(` stops parseOr here: skip it and read on
      this.report('unexpectedClose', token.position);
      this.at += 1;
    }
    return combine('and', parts);
  }

  private parseOr(): QueryNode | null {
    const parts: QueryNode[] = [];
    let pendingOr: QueryToken | null = null;
    for (;;) {
      const token = this.tokens[this.at];
      if (token?.kind === 'or') {
        if (parts.length === 0 || pendingOr) this.report('danglingOr', token.position);
        pendingOr = token;
        this.at += 1;
        continue;
      }
      if (!token || token.kind === 'close') break;
      const node = this.parseAnd();
      if (node) parts.push(node);
      pendingOr = null;
    }
    if (pendingOr) this.report('danglingOr', pendingOr.position);
    return combine('or', parts);
  }

  private parseAnd(): QueryNode | null {
    const parts: QueryNode[] = [];
    for (let token = this.tokens[this.at]; token && token.kind !== 'or' && token.kind !== 'close'; token = this.tokens[this.at]) {
      const node = this.parseUnary();
      if (node) parts.push(node);
    }
    return combine('and', parts);
  }

  private parseUnary(): QueryNode | null {
    const token = this.tokens[this.at] as QueryToken;
    if (token.kind !== 'minus') return this.parsePrimary();
    this.at += 1;
    const next = this.tokens[this.at];
    if (!next || next.kind === 'or' || next.kind === 'close') {
      this.report('danglingExclusion', token.position);
      return null;
    }
    const child = this.parseUnary();
    if (!child) return null;
    // two minuses cancel: --a is a
    return child.type === 'not' ? child.child : { type: 'not', child };
  }

  private parsePrimary(): QueryNode | null {
    const token = this.tokens[this.at] as QueryToken;
    this.at += 1;
    if (token.kind === 'term') {
      if (token.unclosed) this.report('unclosedQuote', token.position);
      return token.text === '' ? null : { type: 'term', term: { text: token.text, phrase: token.phrase } };
    }
    // an opening parenthesis (minus, or and close never reach here)
    const inner = this.parseOr();
    if (this.tokens[this.at]?.kind === 'close') this.at += 1;
    else this.report('unclosedGroup', token.position);
    if (!inner) this.report('emptyGroup', token.position);
    return inner;
  }

  private report(code: QueryErrorCode, position: number): void {
    this.error ??= { code, position };
  }
}

function sameNode(a: QueryNode, b: QueryNode): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** One node of the parts: nested nodes of the same type are flattened and repeats dropped. */
function combine(type: 'and' | 'or', parts: readonly QueryNode[]): QueryNode | null {
  const children: QueryNode[] = [];
  for (const part of parts.flatMap((node) => (node.type === type ? node.children : [node]))) {
    if (!children.some((known) => sameNode(known, part))) children.push(part);
  }
  if (children.length === 0) return null;
  return children.length === 1 ? (children[0] as QueryNode) : { type, children };
}

function collectTerms(node: QueryNode, negated: boolean, include: QueryTerm[], exclude: QueryTerm[]): void {
  if (node.type === 'term') {
    const target = negated ? exclude : include;
    if (!target.some((known) => known.text === node.term.text)) target.push(node.term);
  } else if (node.type === 'not') collectTerms(node.child, true, include, exclude);
  else for (const child of node.children) collectTerms(child, negated, include, exclude);
}

export function parseQuery(input: string): ParsedQuery {
  const parser = new Parser(tokenizeQuery(input));
  const root = parser.parseAll();
  const include: QueryTerm[] = [];
  const exclude: QueryTerm[] = [];
  if (root) collectTerms(root, false, include, exclude);
  return { root, include, exclude, error: parser.error };
}

/** The query, or a QuerySyntaxError (never a raw string) for input with a problem: for rules, which must be exact. */
export function parseQueryStrict(input: string): ParsedQuery {
  const query = parseQuery(input);
  if (query.error) throw new QuerySyntaxError(query.error.code, query.error.position);
  return query;
}

export function isEmptyQuery(query: ParsedQuery): boolean {
  return query.root === null;
}

/** True when the query has an OR or a group: the search box then says that terms are not all required. */
export function hasAlternatives(query: ParsedQuery): boolean {
  const visit = (node: QueryNode): boolean =>
    node.type === 'or' || (node.type === 'not' ? visit(node.child) : node.type === 'and' && node.children.some(visit));
  return query.root !== null && visit(query.root);
}

/**
 * True when a text holding every bigram of the term may still not hold the term: a single character (it has
 * no bigram), three or more characters (the bigrams may sit apart), or a phrase with spaces.
 */
export function termNeedsTextCheck(term: QueryTerm): boolean {
  return term.text.length !== 2 || bigramsOf(term.text).length !== 1;
}

/** Whether a folded text (`searchableText`) satisfies the query node: the per-item form of the index's answer. */
export function nodeMatchesText(node: QueryNode, foldedText: string): boolean {
  switch (node.type) {
    case 'term':
      return foldedText.includes(node.term.text);
    case 'not':
      return !nodeMatchesText(node.child, foldedText);
    case 'and':
      return node.children.every((child) => nodeMatchesText(child, foldedText));
    case 'or':
      return node.children.some((child) => nodeMatchesText(child, foldedText));
  }
}

/** Whether a folded text satisfies the query; an empty query matches everything. */
export function queryMatchesText(query: ParsedQuery, foldedText: string): boolean {
  return query.root === null || nodeMatchesText(query.root, foldedText);
}

const NEEDS_QUOTES = /[\s()（）"“”＂]|^-|^(?:OR|或)$/u;

function writeTerm(term: QueryTerm): string {
  return term.phrase || NEEDS_QUOTES.test(term.text) ? `"${term.text}"` : term.text;
}

function writeNode(node: QueryNode, parent: QueryNode['type'] | null): string {
  switch (node.type) {
    case 'term':
      return writeTerm(node.term);
    case 'not': {
      const child = writeNode(node.child, 'not');
      return `-${child}`;
    }
    case 'and': {
      const text = node.children.map((child) => writeNode(child, 'and')).join(' ');
      return parent === 'not' ? `(${text})` : text;
    }
    case 'or': {
      const text = node.children.map((child) => writeNode(child, 'or')).join(' OR ');
      return parent === null ? text : `(${text})`;
    }
  }
}

/** The same query written back in canonical form, for saved views, rules and comparing two queries. */
export function formatQuery(query: ParsedQuery): string {
  return query.root ? writeNode(query.root, null) : '';
}
