// Tells open event streams about new global sequence numbers. The news comes from PostgreSQL's
// LISTEN/NOTIFY, not from this process's own pushes, so a push served by another process is announced too.
import pg from 'pg';
import { LOG_CHANNEL } from './push';

type Listener = (last: number) => void;

export class LogAnnouncer {
  private readonly listeners = new Set<Listener>();
  private client: pg.Client | null = null;
  private closed = false;
  private retryTimer: NodeJS.Timeout | null = null;

  constructor(private readonly connection: pg.ClientConfig) {}

  async start(): Promise<void> {
    const client = new pg.Client(this.connection);
    client.on('notification', (message) => {
      const last = Number(message.payload);
      if (message.channel === LOG_CHANNEL && Number.isSafeInteger(last)) for (const listener of this.listeners) listener(last);
    });
    // PostgreSQL restarted or the connection dropped: listen again shortly, without crashing the server.
    client.on('error', () => this.reconnectSoon());
    client.on('end', () => this.reconnectSoon());
    await client.connect();
    await client.query(`LISTEN ${LOG_CHANNEL}`);
    this.client = client;
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => {});
  }

  private reconnectSoon(): void {
    if (this.closed || this.retryTimer) return;
    this.client = null;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      this.start().catch(() => this.reconnectSoon());
    }, 1000);
  }
}
