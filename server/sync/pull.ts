// Pull: the department log after a global sequence number, oldest first, each entry verbatim with the rows
// it carried, the desk it came from and its author's signature, so the pulling desk can verify both chains.
import type pg from 'pg';

export const MAX_PULL_LIMIT = 5000;

export interface PulledEntry {
  seq: number;
  originDesk: string;
  deskSeq: number;
  entry: unknown;
  signature: string;
  rows: unknown;
  receivedAt: string;
}

export interface PullPage {
  entries: PulledEntry[];
  last: number;
  more: boolean;
}

export async function pullPage(db: pg.Pool, after: number, limit: number): Promise<PullPage> {
  const result = await db.query<{
    global_seq: string;
    origin_desk: string;
    desk_seq: string;
    entry: unknown;
    signature: string;
    rows: unknown;
    received_at: Date;
  }>(
    `SELECT global_seq, origin_desk, desk_seq, entry, signature, rows, received_at FROM audit_log
     WHERE global_seq > $1 ORDER BY global_seq LIMIT $2`,
    [after, limit + 1],
  );
  const more = result.rows.length > limit;
  const entries = result.rows.slice(0, limit).map((row) => ({
    seq: Number(row.global_seq),
    originDesk: row.origin_desk,
    deskSeq: Number(row.desk_seq),
    entry: row.entry,
    signature: row.signature,
    rows: row.rows,
    receivedAt: row.received_at.toISOString(),
  }));
  return { entries, last: entries.at(-1)?.seq ?? after, more };
}

export async function lastGlobalSeq(db: pg.Pool): Promise<number> {
  const result = await db.query<{ last: string | null }>('SELECT max(global_seq) AS last FROM audit_log');
  return Number(result.rows[0]?.last ?? 0);
}
