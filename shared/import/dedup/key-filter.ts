// A Bloom filter over exact-duplicate keys (fingerprints, platform + external ID), so that an import can ask
// the store only about keys that may be there. It answers "certainly absent" or "maybe present": a row whose
// key is certainly absent needs no lookup; a "maybe" is looked up for real, so a false positive costs one
// lookup and can never cause a wrong merge or a missed one.

/** About 1% false positives at this many bits per key with the number of probes below. */
const BITS_PER_KEY = 10;
const PROBES = 7;

function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

function murmurMix(text: string): number {
  let hash = 0x9747b28c ^ text.length;
  for (let index = 0; index < text.length; index++) {
    let k = Math.imul(text.charCodeAt(index), 0xcc9e2d51);
    k = (k << 15) | (k >>> 17);
    hash ^= Math.imul(k, 0x1b873593);
    hash = (hash << 13) | (hash >>> 19);
    hash = (Math.imul(hash, 5) + 0xe6546b64) | 0;
  }
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  // odd, so that the probe sequence visits distinct bits
  return (hash | 1) >>> 0;
}

export class KeyFilter {
  private readonly bits: Uint32Array;
  private readonly size: number;
  private count = 0;

  /** `expectedKeys`: how many keys it will hold; more still work, with more false positives. */
  constructor(expectedKeys: number) {
    this.size = Math.max(64, Math.ceil(Math.max(1, expectedKeys) * BITS_PER_KEY));
    this.bits = new Uint32Array(Math.ceil(this.size / 32));
  }

  get keys(): number {
    return this.count;
  }

  add(key: string): void {
    const first = fnv1a(key);
    const step = murmurMix(key);
    for (let probe = 0; probe < PROBES; probe++) {
      const bit = ((first + Math.imul(probe, step)) >>> 0) % this.size;
      this.bits[bit >>> 5] = (this.bits[bit >>> 5] as number) | (1 << (bit & 31));
    }
    this.count++;
  }

  /** false: the key was certainly never added; true: it may have been. */
  mayHold(key: string): boolean {
    const first = fnv1a(key);
    const step = murmurMix(key);
    for (let probe = 0; probe < PROBES; probe++) {
      const bit = ((first + Math.imul(probe, step)) >>> 0) % this.size;
      if (((this.bits[bit >>> 5] as number) & (1 << (bit & 31))) === 0) return false;
    }
    return true;
  }
}

/** The key a stored item is found by through the `[platform+externalId]` index, as the filter holds it. */
export function externalIdKey(platform: string, externalId: string): string {
  return `${platform}\u001f${externalId}`;
}
