// Sign-in failures counted per account and per client address, in PostgreSQL so every server process sees
// them. A few failures are free (typos); after that each further failure doubles the wait, up to a ceiling.
import type pg from 'pg';

export const FREE_FAILURES = 5;
const FIRST_LOCK_SECONDS = 30;
const LONGEST_LOCK_SECONDS = 15 * 60;

export function accountKey(account: string): string {
  return `account:${account}`;
}

export function addressKey(address: string): string {
  return `address:${address}`;
}

/** Seconds until the first of these keys is free again; 0 when none is locked. */
export async function lockedSeconds(db: pg.Pool, keys: readonly string[]): Promise<number> {
  const result = await db.query<{ seconds: number | null }>(
    'SELECT ceil(extract(epoch FROM max(locked_until) - now()))::integer AS seconds FROM sign_in_failures WHERE key = ANY($1) AND locked_until > now()',
    [keys],
  );
  return Math.max(0, result.rows[0]?.seconds ?? 0);
}

export async function recordFailure(db: pg.Pool, keys: readonly string[]): Promise<void> {
  for (const key of keys) {
    await db.query(
      `INSERT INTO sign_in_failures AS f (key, failures, last_failure_at, locked_until) VALUES ($1, 1, now(), NULL)
       ON CONFLICT (key) DO UPDATE SET failures = f.failures + 1, last_failure_at = now(),
         locked_until = CASE WHEN f.failures + 1 >= $2
           THEN now() + make_interval(secs => least($3::float8 * power(2, f.failures + 1 - $2), $4::float8))
           ELSE NULL END`,
      [key, FREE_FAILURES, FIRST_LOCK_SECONDS, LONGEST_LOCK_SECONDS],
    );
  }
}

export async function clearFailures(db: pg.Pool, key: string): Promise<void> {
  await db.query('DELETE FROM sign_in_failures WHERE key = $1', [key]);
}
