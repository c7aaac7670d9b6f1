// Evaluates a query tree over one chunk of the index, from its postings: every node narrows a bitmap of
// candidates, so a text is read only for items still in play, and an OR's later branches only look at items
// its earlier branches did not already take. The ANDed plain terms of a node are intersected in one pass,
// rarest bigram first, exactly as a query without OR always was.
import { bigramsOf } from './bigrams';
import { CHUNK_WORDS, intersectInto, subtractInto, type PostingsChunk } from './postings';
import { termNeedsTextCheck, type QueryNode, type QueryTerm } from './query';

/** The chunk's postings and texts, loaded on first use. */
export interface ChunkSources {
  postings: () => Promise<PostingsChunk>;
  texts: () => Promise<readonly string[]>;
}

function anyBit(bits: Uint32Array): boolean {
  for (const word of bits) if (word !== 0) return true;
  return false;
}

/** Keeps in `out` the items whose text holds every term. */
function checkTexts(out: Uint32Array, texts: readonly string[], terms: readonly QueryTerm[]): void {
  for (let word = 0; word < CHUNK_WORDS; word += 1) {
    let bits = out[word] as number;
    while (bits !== 0) {
      const low = bits & -bits;
      bits ^= low;
      const text = texts[word * 32 + (31 - Math.clz32(low))] ?? '';
      if (!terms.every((term) => text.includes(term.text))) out[word] = (out[word] as number) & ~low;
    }
  }
}

/** out ⊆ mask: the items of the mask that hold every one of the terms. */
async function matchTerms(terms: readonly QueryTerm[], mask: Uint32Array, sources: ChunkSources): Promise<Uint32Array> {
  const out = mask.slice();
  const keys = [...new Set(terms.flatMap((term) => bigramsOf(term.text)))];
  if (keys.length > 0 && !intersectInto(await sources.postings(), keys, out)) return out;
  const checks = terms.filter(termNeedsTextCheck);
  if (checks.length > 0 && anyBit(out)) checkTexts(out, await sources.texts(), checks);
  return out;
}

function isExactTerm(node: QueryNode): node is { type: 'term'; term: QueryTerm } {
  return node.type === 'term' && !termNeedsTextCheck(node.term);
}

async function matchAnd(children: readonly QueryNode[], mask: Uint32Array, sources: ChunkSources): Promise<Uint32Array> {
  const terms = children.flatMap((child) => (child.type === 'term' ? [child.term] : []));
  let out = terms.length > 0 ? await matchTerms(terms, mask, sources) : mask.slice();
  for (const child of children) {
    if (child.type === 'term' || child.type === 'not' || !anyBit(out)) continue;
    out = await matchNode(child, out, sources);
  }
  for (const child of children) {
    if (child.type !== 'not' || !anyBit(out)) continue;
    // an excluded 2-character term is one bigram: its postings are exactly the items to drop
    if (isExactTerm(child.child)) subtractInto(await sources.postings(), bigramsOf(child.child.term.text)[0] as number, out);
    else {
      const excluded = await matchNode(child.child, out, sources);
      for (let word = 0; word < CHUNK_WORDS; word += 1) out[word] = (out[word] as number) & ~(excluded[word] as number);
    }
  }
  return out;
}

async function matchOr(children: readonly QueryNode[], mask: Uint32Array, sources: ChunkSources): Promise<Uint32Array> {
  const out = new Uint32Array(CHUNK_WORDS);
  const rest = mask.slice();
  for (const child of children) {
    if (!anyBit(rest)) break;
    const part = await matchNode(child, rest, sources);
    for (let word = 0; word < CHUNK_WORDS; word += 1) {
      out[word] = (out[word] as number) | (part[word] as number);
      rest[word] = (rest[word] as number) & ~(part[word] as number);
    }
  }
  return out;
}

/** The items of `mask` (CHUNK_WORDS words) that satisfy the node; `mask` itself is not changed. */
export function matchNode(node: QueryNode, mask: Uint32Array, sources: ChunkSources): Promise<Uint32Array> {
  switch (node.type) {
    case 'term':
      return matchTerms([node.term], mask, sources);
    case 'and':
      return matchAnd(node.children, mask, sources);
    case 'not':
      return matchAnd([node], mask, sources);
    case 'or':
      return matchOr(node.children, mask, sources);
  }
}
