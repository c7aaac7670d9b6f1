// Applying a push: every entry is checked (hash, chain from the desk's last acknowledged entry, author
// signature, the author's role) and the whole batch is applied in one transaction with consecutive global
// sequence numbers. Entries the server already holds are skipped, so a batch sent twice applies once.
import type pg from 'pg';
import { GENESIS_HASH, hashAuditEntry } from '../../shared/audit/chain';
import { REPORT_RULES } from '../../shared/report/state-machine';
import type { Role } from '../../shared/domain/types';
import { RowError } from './row-values';
import type { PushBody, PushedEntry, PushedRow } from './push-body';
import { verifyEntrySignature } from './signature';
import { specForRow, writeRow } from './write-rows';

export const LOG_CHANNEL = 'opinion_desk_log';
// Pushes take this lock so global numbers are handed out, and committed, in order: a puller that has seen
// seq N never later finds a smaller seq appear.
const PUSH_LOCK_KEY = 4_790_002;

export class PushRefusal extends Error {
  constructor(
    readonly code: 'hashMismatch' | 'chainBroken' | 'conflictingHistory' | 'badSignature' | 'unknownAuthor' | 'wrongRole' | 'badRow',
    message: string,
    readonly deskSeq: number,
  ) {
    super(message);
    this.name = 'PushRefusal';
  }
}

export interface PushResult {
  applied: number;
  duplicates: number;
  acknowledged: { deskSeq: number; hash: string };
  last: number;
}

interface AuthorKey {
  id: string;
  publicKey: Buffer;
}

interface Author {
  role: Role;
  disabled: boolean;
  keys: AuthorKey[];
}

export async function applyPush(pool: pg.Pool, push: PushBody, accountId: string): Promise<PushResult> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1)', [PUSH_LOCK_KEY]);
    await client.query('INSERT INTO desks (id, last_hash) VALUES ($1, $2) ON CONFLICT (id) DO NOTHING', [push.deskId, GENESIS_HASH]);
    const desk = await client.query<{ last_desk_seq: string; last_hash: string }>(
      'SELECT last_desk_seq, last_hash FROM desks WHERE id = $1 FOR UPDATE',
      [push.deskId],
    );
    let headSeq = Number(desk.rows[0]!.last_desk_seq);
    let headHash = desk.rows[0]!.last_hash;
    const maxSeq = await client.query<{ last: string | null }>('SELECT max(global_seq) AS last FROM audit_log');
    let globalSeq = Number(maxSeq.rows[0]?.last ?? 0);
    const authors = new Map<string, Author>();
    let applied = 0;
    let duplicates = 0;
    for (const pushed of push.entries) {
      const { entry } = pushed;
      const label = `桌面 ${push.deskId} 的第 ${entry.seq} 条记录`;
      if (hashAuditEntry(entry) !== entry.hash)
        throw new PushRefusal('hashMismatch', `${label}的哈希与内容不符，已拒收：记录在传输或存储中被改动过。`, entry.seq);
      if (entry.seq <= headSeq) {
        if (await isStored(client, push.deskId, entry)) {
          duplicates += 1;
          continue;
        }
        throw new PushRefusal(
          'conflictingHistory',
          `${label}与服务器已收下的同号记录不同，已拒收：这台桌面的操作日志与之前推送的不一致。`,
          entry.seq,
        );
      }
      if (entry.seq !== headSeq + 1 || entry.prevHash !== headHash) {
        throw new PushRefusal(
          'chainBroken',
          `${label}没有接上服务器已确认的第 ${headSeq} 条，已拒收：请从第 ${headSeq + 1} 条起推送。`,
          entry.seq,
        );
      }
      const author = await authorOf(client, authors, entry.actor);
      if (!author || author.disabled)
        throw new PushRefusal('unknownAuthor', `${label}的作者 ${entry.actor} 不是服务器名册上的有效人员，已拒收。`, entry.seq);
      const signerKey = author.keys.find((key) => verifyEntrySignature(entry, pushed.signature, key.publicKey));
      if (!signerKey) throw new PushRefusal('badSignature', `${label}的签名与作者 ${entry.actor} 的公钥不符，已拒收。`, entry.seq);
      checkRole(pushed, author, label);
      checkRowsBelongToEntry(pushed, label);
      globalSeq += 1;
      await client.query(
        `INSERT INTO audit_log (global_seq, origin_desk, desk_seq, entry_hash, prev_hash, signature, signer_key_id, actor, action, target, desk_at, entry, rows, pushed_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)`,
        [
          globalSeq,
          push.deskId,
          entry.seq,
          entry.hash,
          entry.prevHash,
          pushed.signature,
          signerKey.id,
          entry.actor,
          entry.action,
          entry.target,
          entry.at,
          JSON.stringify(entry),
          JSON.stringify(pushed.rows),
          accountId,
        ],
      );
      for (const row of pushed.rows) await writeRowOrRefuse(client, row, globalSeq, push.deskId, label, entry.seq);
      headSeq = entry.seq;
      headHash = entry.hash;
      applied += 1;
    }
    await client.query('UPDATE desks SET last_desk_seq = $2, last_hash = $3, last_push_at = now() WHERE id = $1', [
      push.deskId,
      headSeq,
      headHash,
    ]);
    // Delivered to every listening server process when, and only if, this transaction commits.
    if (applied > 0) await client.query('SELECT pg_notify($1, $2)', [LOG_CHANNEL, String(globalSeq)]);
    await client.query('COMMIT');
    return { applied, duplicates, acknowledged: { deskSeq: headSeq, hash: headHash }, last: globalSeq };
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    client.release();
  }
}

async function isStored(client: pg.ClientBase, deskId: string, entry: PushedEntry['entry']): Promise<boolean> {
  const stored = await client.query<{ entry_hash: string }>('SELECT entry_hash FROM audit_log WHERE origin_desk = $1 AND desk_seq = $2', [
    deskId,
    entry.seq,
  ]);
  return stored.rows[0]?.entry_hash === entry.hash;
}

async function authorOf(client: pg.ClientBase, cache: Map<string, Author>, personId: string): Promise<Author | null> {
  const cached = cache.get(personId);
  if (cached) return cached;
  const person = await client.query<{ role: Role; disabled: boolean }>(
    'SELECT role, disabled_at IS NOT NULL AS disabled FROM people WHERE id = $1',
    [personId],
  );
  if (!person.rows[0]) return null;
  const keys = await client.query<{ id: string; public_key: Buffer }>(
    'SELECT id, public_key FROM person_keys WHERE person_id = $1 AND revoked_at IS NULL',
    [personId],
  );
  const author = { ...person.rows[0], keys: keys.rows.map((row) => ({ id: row.id, publicKey: row.public_key })) };
  cache.set(personId, author);
  return author;
}

// Report chain steps are logged as `reports.<action>`; the chain's own rule table says who may take each.
function checkRole(pushed: PushedEntry, author: Author, label: string): void {
  const match = /^reports\.([A-Za-z]+)$/.exec(pushed.entry.action);
  const rule = match ? REPORT_RULES[match[1] as keyof typeof REPORT_RULES] : undefined;
  if (rule && !rule.roles.includes(author.role)) {
    throw new PushRefusal(
      'wrongRole',
      `${label}是报告的“${match![1]}”操作，但作者 ${pushed.entry.actor} 的角色不能做这一步，已拒收。`,
      pushed.entry.seq,
    );
  }
}

// A row travels only with the entry that wrote it: `table:id`, or `table:*` listing the id in `items`.
function checkRowsBelongToEntry(pushed: PushedEntry, label: string): void {
  const separator = pushed.entry.target.indexOf(':');
  const table = pushed.entry.target.slice(0, separator);
  const id = pushed.entry.target.slice(separator + 1);
  const listed = new Set(pushed.entry.items ?? []);
  for (const row of pushed.rows) {
    const named = row.table === table && (row.key === id || (id === '*' && listed.has(row.key)));
    if (!named) throw new PushRefusal('badRow', `${label}带来的 ${row.table}:${row.key} 不是这条记录写入的，已拒收。`, pushed.entry.seq);
  }
}

async function writeRowOrRefuse(
  client: pg.ClientBase,
  row: PushedRow,
  globalSeq: number,
  deskId: string,
  label: string,
  deskSeq: number,
): Promise<void> {
  try {
    specForRow(row);
    await writeRow(client, row, globalSeq, deskId);
  } catch (error) {
    if (error instanceof RowError) throw new PushRefusal('badRow', `${label}：${error.message}`, deskSeq);
    // PostgreSQL's data exceptions (22…) and constraint violations (23…): the row, not the server, is at fault.
    const code = (error as { code?: unknown }).code;
    if (typeof code === 'string' && /^2[23]/.test(code))
      throw new PushRefusal('badRow', `${label}带来的 ${row.table}:${row.key} 不能写入服务器的表。`, deskSeq);
    throw error;
  }
}
