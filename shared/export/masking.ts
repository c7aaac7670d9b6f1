import { hmacSha256Hex } from '../crypto/sha256';
import { MaskingSecretError } from './errors';

/** Replaces an account name or ID with its pseudonym. */
export type AccountMasker = (account: string) => string;

// The domain tag keeps these pseudonyms unrelated to any other HMAC made with the same workspace secret.
const DOMAIN = 'opinion-desk/account-pseudonym/v1\n';
const PSEUDONYM_HEX_DIGITS = 8;
// One-character accounts would turn random characters of a post into pseudonyms.
const MIN_ACCOUNT_LENGTH_IN_TEXT = 2;

/**
 * A keyed pseudonym: the same account gets the same pseudonym in every pack made with this secret,
 * and nobody without the secret can test a guessed account against it (a plain hash would allow that).
 */
export function createAccountMasker(secret: string | Uint8Array): AccountMasker {
  if (secret.length === 0) throw new MaskingSecretError();
  const cache = new Map<string, string>();
  return (account) => {
    const key = account.trim();
    let pseudonym = cache.get(key);
    if (pseudonym === undefined) {
      pseudonym = `账号-${hmacSha256Hex(secret, DOMAIN + key).slice(0, PSEUDONYM_HEX_DIGITS)}`;
      cache.set(key, pseudonym);
    }
    return pseudonym;
  };
}

/**
 * The rule reports signed before the pseudonyms reached them used: first and last character kept, the rest
 * hidden, on code points so an emoji or a rare CJK character is never split in half. It stays only so those
 * snapshots, and their packs, read the way they were signed; anything new uses createAccountMasker.
 */
export function firstLastCharacterMask(account: string): string {
  const characters = Array.from(account);
  if (characters.length <= 1) return '*';
  if (characters.length === 2) return `${characters[0]}*`;
  return `${characters[0]}${'*'.repeat(characters.length - 2)}${characters[characters.length - 1]}`;
}

/**
 * How one pack masks accounts, the same way in every file of it. A list pack, and a report signed with
 * masking since the pseudonyms (its signed content says `accountMasking: 'pseudonym-v1'`), use the
 * workspace's keyed pseudonyms: the report's signed content already holds them, so report.json and the
 * pack's other files agree. A report signed before that holds first-and-last-character masks (张*三) in its
 * signed content, whose hash may not change, so its pack follows that rule ('signed') throughout rather than
 * mixing: a pack pairing 张*三 with 账号-1a2b3c4d tells every reader of other packs which account hides
 * behind that pseudonym.
 */
export type PackMasking = { style: 'pseudonym'; secret: string } | { style: 'signed' } | null;

export function packMasker(masking: PackMasking): AccountMasker | null {
  if (masking === null) return null;
  return masking.style === 'pseudonym' ? createAccountMasker(masking.secret) : firstLastCharacterMask;
}

/** What an item, or a cascade row that repeats an item, says about its account. */
export interface AccountBearing {
  account: string | null;
  title: string | null;
  url: string | null;
  content?: string | null;
}

/**
 * The record as a masked pack shows it: the account replaced, and so is every place the title, content
 * or link spells the account out (a post often names its author; a profile link carries the account
 * ID). A link rewritten that way no longer leads anywhere, which is the point of masking.
 */
export function maskAccountFields<T extends AccountBearing>(record: T, mask: AccountMasker): T {
  const account = record.account?.trim();
  if (!account) return record;
  const pseudonym = mask(account);
  const replaceIn = <V extends string | null | undefined>(text: V): V =>
    typeof text !== 'string' || account.length < MIN_ACCOUNT_LENGTH_IN_TEXT ? text : (text.split(account).join(pseudonym) as V);
  // A profile link usually carries a Chinese account percent-encoded (%E7%89%A7…), in either hex case.
  const encoded = encodeURIComponent(account);
  const replaceInUrl = (url: string | null): string | null => {
    const replaced = replaceIn(url);
    if (replaced === null || encoded === account) return replaced;
    return replaced.split(encoded).join(pseudonym).split(encoded.toLowerCase()).join(pseudonym);
  };
  return {
    ...record,
    account: pseudonym,
    title: replaceIn(record.title),
    content: replaceIn(record.content),
    url: replaceInUrl(record.url),
  };
}
