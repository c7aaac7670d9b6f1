import { request as httpsRequest } from 'node:https';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashAuditEntry } from '../../shared/audit/chain';
import type { AuditEntry } from '../../shared/domain/types';
import { buildTag } from '../builders';
import { buildItemEntries, signEntry, signedEntry, type PushedEntryDraft } from './signed-entries';
import { startTestServer, type TestPerson, type TestServer } from './test-server';

let server: TestServer;
let drafter: TestPerson;
let reviewer: TestPerson;

beforeAll(async () => {
  server = await startTestServer();
  drafter = await server.addPerson({ id: 'drafter-1', role: 'drafter', password: 'drafter password', deskId: 'desk-a' });
  reviewer = await server.addPerson({ id: 'reviewer-1', role: 'reviewer', password: 'reviewer password', deskId: 'desk-b' });
});
afterAll(async () => {
  await server?.close();
});

function push(person: TestPerson, deskId: string, entries: PushedEntryDraft[]) {
  return server.request('/api/sync/push', { token: person.accessToken, body: { deskId, entries } });
}

function errorOf(response: { body: unknown }) {
  return (response.body as { error: { code: string; message: string } }).error;
}

interface PullBody {
  entries: { seq: number; originDesk: string; deskSeq: number; entry: { hash: string }; signature: string; rows: unknown[] }[];
  last: number;
  more: boolean;
}

// What the first push sent, exactly, to compare with what pull gives back.
let firstBatch: PushedEntryDraft[] = [];

describe('push', () => {
  it('applies a signed chain, gives global numbers and writes the rows into real tables', async () => {
    firstBatch = buildItemEntries('drafter-1', drafter.privateKey, 3);
    const response = await push(drafter, 'desk-a', firstBatch);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ applied: 3, duplicates: 0, acknowledged: { deskSeq: 3 }, last: 3 });
    const items = await server.pool.query<{ id: string; title: string; global_seq: string; origin_desk: string; tags: string[] }>(
      'SELECT id, title, global_seq, origin_desk, tags FROM items ORDER BY id',
    );
    expect(items.rows.map((row) => [row.id, row.title, Number(row.global_seq), row.origin_desk])).toEqual([
      ['item-1', '条目 1', 1, 'desk-a'],
      ['item-2', '条目 2', 2, 'desk-a'],
      ['item-3', '条目 3', 3, 'desk-a'],
    ]);
    const log = await server.pool.query<{ global_seq: string; desk_seq: string; entry_hash: string }>(
      'SELECT global_seq, desk_seq, entry_hash FROM audit_log ORDER BY global_seq',
    );
    expect(log.rows.map((row) => Number(row.desk_seq))).toEqual([1, 2, 3]);
  });

  it('applies a batch sent twice only once', async () => {
    const again = await push(drafter, 'desk-a', firstBatch);
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ applied: 0, duplicates: 3, acknowledged: { deskSeq: 3 }, last: 3 });
    const count = await server.pool.query<{ n: string }>('SELECT count(*) AS n FROM audit_log');
    expect(Number(count.rows[0]!.n)).toBe(3);
  });

  it('accepts a batch that overlaps what was acknowledged and applies only the new part', async () => {
    const chain = buildItemEntries('drafter-1', drafter.privateKey, 5);
    const response = await push(drafter, 'desk-a', chain.slice(2));
    expect(response.body).toMatchObject({ applied: 2, duplicates: 1, acknowledged: { deskSeq: 5 }, last: 5 });
  });

  it('refuses a tampered entry naming the desk, and writes nothing of the batch', async () => {
    const chain = buildItemEntries('drafter-1', drafter.privateKey, 8);
    const tampered = chain.slice(5);
    tampered[1] = { ...tampered[1]!, entry: { ...tampered[1]!.entry, after: { title: '改过的标题' } } };
    const response = await push(drafter, 'desk-a', tampered);
    expect(response.status).toBe(422);
    const error = (response.body as { error: { code: string; message: string; deskId: string; deskSeq: number } }).error;
    expect(error).toMatchObject({ code: 'hashMismatch', deskId: 'desk-a', deskSeq: 7 });
    expect(error.message).toContain('桌面 desk-a 的第 7 条记录');
    const stored = await server.pool.query("SELECT 1 FROM items WHERE id IN ('item-6', 'item-7')");
    expect(stored.rowCount).toBe(0);
  });

  it('refuses an entry that does not link to the last acknowledged one', async () => {
    const chain = buildItemEntries('drafter-1', drafter.privateKey, 8);
    const response = await push(drafter, 'desk-a', chain.slice(6));
    expect(response.status).toBe(422);
    expect((response.body as { error: { code: string; message: string } }).error).toMatchObject({ code: 'chainBroken' });
    expect((response.body as { error: { message: string } }).error.message).toContain('请从第 6 条起推送');
  });

  it('refuses a rewritten history: same number, different entry, re-hashed and re-signed', async () => {
    const forged = buildItemEntries('drafter-1', drafter.privateKey, 2, null, 'forged');
    const response = await push(drafter, 'desk-a', forged);
    expect(response.status).toBe(422);
    expect((response.body as { error: { code: string } }).error.code).toBe('conflictingHistory');
  });

  it('refuses an entry signed with another key than its author’s', async () => {
    const chain = buildItemEntries('drafter-1', drafter.privateKey, 6);
    const last = chain[5]!;
    const signedByOther = { ...last, signature: signEntry(last.entry, reviewer.privateKey) };
    const response = await push(drafter, 'desk-a', [signedByOther]);
    expect(response.status).toBe(422);
    const error = (response.body as { error: { code: string; message: string } }).error;
    expect(error.code).toBe('badSignature');
    expect(error.message).toContain('desk-a');
    expect(error.message).toContain('drafter-1');
  });

  it('refuses an entry whose author is not on the roster', async () => {
    const [entry] = buildItemEntries('stranger', drafter.privateKey, 1);
    const response = await push(reviewer, 'desk-b', [entry!]);
    expect(response.status).toBe(422);
    expect((response.body as { error: { code: string } }).error.code).toBe('unknownAuthor');
  });

  it('refuses a report step the author’s role may not take', async () => {
    const step = signedEntry(null, drafter.privateKey, { actor: 'drafter-1', action: 'reports.approve', target: 'reports:r-1' });
    const response = await push(reviewer, 'desk-b', [step]);
    expect(response.status).toBe(422);
    expect(errorOf(response).code).toBe('wrongRole');
  });

  it('accepts the same report step from a role that may take it, with its chain action row', async () => {
    const other = await server.addPerson({ id: 'reviewer-2', role: 'reviewer', password: 'second reviewer', deskId: 'desk-c' });
    const action = {
      id: 'ra-1',
      reportId: 'r-1',
      action: 'approve',
      from: 'inReview',
      to: 'approved',
      by: 'reviewer-2',
      role: 'reviewer',
      at: '2026-03-02T10:00:00+08:00',
    };
    const step = signedEntry(
      null,
      other.privateKey,
      { actor: 'reviewer-2', action: 'reports.approve', target: 'reportActions:ra-1', after: action },
      [{ table: 'reportActions', key: 'ra-1', row: action }],
    );
    const response = await push(other, 'desk-c', [step]);
    expect(response.status).toBe(200);
    const stored = await server.pool.query('SELECT report_id, from_status, to_status, by_person FROM report_actions');
    expect(stored.rows).toEqual([{ report_id: 'r-1', from_status: 'inReview', to_status: 'approved', by_person: 'reviewer-2' }]);
  });

  it('refuses rows the entry did not write, and rows of the wrong type', async () => {
    const tag = buildTag({ path: '疫情防控' });
    const createsTag = (target: string, row: Record<string, unknown>) =>
      signedEntry(null, reviewer.privateKey, { actor: 'reviewer-1', action: 'tags.create', target, after: tag }, [
        { table: 'tags', key: tag.path, row },
      ]);
    const stray = await push(reviewer, 'desk-b', [createsTag('tags:其他', { ...tag })]);
    expect(errorOf(stray).code).toBe('badRow');
    const wrongType = await push(reviewer, 'desk-b', [createsTag(`tags:${tag.path}`, { ...tag, createdAt: 42 })]);
    expect(errorOf(wrongType)).toMatchObject({ code: 'badRow' });
    expect((await server.pool.query('SELECT 1 FROM tags')).rowCount).toBe(0);
  });

  it('keeps unknown fields of a row in extra and deletes a row an entry removed', async () => {
    const tag = { ...buildTag({ path: '民生/供水' }), futureField: { kept: true } };
    const tagStep = (previous: AuditEntry | null, action: string, before: unknown, row: Record<string, unknown> | null) =>
      signedEntry(previous, reviewer.privateKey, { actor: 'reviewer-1', action, target: `tags:${tag.path}`, before, after: row }, [
        { table: 'tags', key: tag.path, row },
      ]);
    const created = tagStep(null, 'tags.create', null, tag);
    expect((await push(reviewer, 'desk-b', [created])).status).toBe(200);
    const stored = await server.pool.query<{ color: string; extra: unknown }>('SELECT color, extra FROM tags WHERE path = $1', [tag.path]);
    expect(stored.rows[0]).toEqual({ color: tag.color, extra: { futureField: { kept: true } } });
    const removed = tagStep(created.entry, 'tags.delete', tag, null);
    expect((await push(reviewer, 'desk-b', [removed])).status).toBe(200);
    expect((await server.pool.query('SELECT 1 FROM tags')).rowCount).toBe(0);
  });

  it('refuses a push for another desk than the session’s, and from the administrator', async () => {
    const [entry] = buildItemEntries('drafter-1', drafter.privateKey, 1);
    expect((await push(drafter, 'desk-b', [entry!])).status).toBe(403);
    const admin = await server.signIn('admin', 'correct horse battery staple', 'admin-console');
    const adminToken = (admin.body as { accessToken: string }).accessToken;
    const response = await server.request('/api/sync/push', { token: adminToken, body: { deskId: 'admin-console', entries: [entry] } });
    expect(response.status).toBe(403);
  });

  it('refuses malformed pushes with a Chinese reason', async () => {
    const [entry] = buildItemEntries('drafter-1', drafter.privateKey, 1);
    const noSignature = await push(drafter, 'desk-a', [{ ...entry!, signature: 'x' }]);
    expect(noSignature.status).toBe(400);
    expect((noSignature.body as { error: { message: string } }).error.message).toContain('签名');
    const badHash = { ...entry!, entry: { ...entry!.entry, hash: 'zz' } };
    expect((await push(drafter, 'desk-a', [badHash])).status).toBe(400);
    expect(hashAuditEntry(entry!.entry)).toBe(entry!.entry.hash);
  });
});

describe('pull', () => {
  it('pages through the log in global order with more and last', async () => {
    const seen: number[] = [];
    let after = 0;
    for (let page = 0; page < 10; page += 1) {
      const response = await server.request(`/api/sync/pull?after=${after}&limit=2`, { token: reviewer.accessToken });
      expect(response.status).toBe(200);
      const body = response.body as PullBody;
      seen.push(...body.entries.map((entry) => entry.seq));
      after = body.last;
      if (!body.more) break;
    }
    const total = await server.pool.query<{ n: string }>('SELECT count(*) AS n FROM audit_log');
    expect(seen).toEqual(Array.from({ length: Number(total.rows[0]!.n) }, (_, index) => index + 1));
  });

  it('returns each entry verbatim with its desk, signature and rows', async () => {
    const body = (await server.request('/api/sync/pull?after=0&limit=1', { token: reviewer.accessToken })).body as PullBody;
    const [first] = body.entries;
    const original = firstBatch[0]!;
    expect(first).toMatchObject({ seq: 1, originDesk: 'desk-a', deskSeq: 1, entry: original.entry, signature: original.signature });
    expect(first!.rows).toEqual(original.rows);
    expect(body).toMatchObject({ last: 1, more: true });
  });

  it('answers an empty page at the head, and refuses a limit above 5000', async () => {
    const head = (await server.request('/api/sync/pull?after=1000000', { token: reviewer.accessToken })).body as PullBody;
    expect(head).toEqual({ entries: [], last: 1000000, more: false });
    expect((await server.request('/api/sync/pull?after=0&limit=5001', { token: reviewer.accessToken })).status).toBe(400);
    expect((await server.request('/api/sync/pull?after=-1', { token: reviewer.accessToken })).status).toBe(400);
  });
});

describe('events', () => {
  it('announces the head on connect and every push after it', async () => {
    const messages: number[] = [];
    let resolveSecond: () => void = () => {};
    const secondArrived = new Promise<void>((resolve) => (resolveSecond = resolve));
    let buffer = '';
    const stream = httpsRequest(
      {
        host: '127.0.0.1',
        port: server.port,
        path: '/api/sync/events',
        ca: server.certificatePem,
        headers: { authorization: `Bearer ${reviewer.accessToken}` },
      },
      (response) => {
        expect(response.headers['content-type']).toContain('text/event-stream');
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => {
          buffer += chunk;
          for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
            const event = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            const data = /^data: (.*)$/m.exec(event)?.[1];
            if (data) messages.push((JSON.parse(data) as { last: number }).last);
            if (messages.length === 2) resolveSecond();
          }
        });
      },
    );
    stream.end();
    try {
      await expect.poll(() => messages.length, { timeout: 10_000 }).toBe(1);
      const head = messages[0]!;
      const chain = buildItemEntries('drafter-1', drafter.privateKey, 6);
      const response = await push(drafter, 'desk-a', chain.slice(5));
      expect(response.status).toBe(200);
      await secondArrived;
      expect(messages).toEqual([head, (response.body as { last: number }).last]);
      expect(messages[1]).toBe(head + 1);
    } finally {
      stream.destroy();
    }
  });

  it('needs a session', async () => {
    expect((await server.request('/api/sync/events')).status).toBe(401);
  });
});
