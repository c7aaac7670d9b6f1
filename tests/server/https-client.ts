// A tiny HTTPS client that trusts exactly the server's certificate, the way a desk pins it.
import { request } from 'node:https';

export interface JsonResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: unknown;
  text: string;
}

export interface RequestOptions {
  method?: string;
  token?: string;
  refreshToken?: string;
  body?: unknown;
  headers?: Record<string, string>;
}

export function httpsJson(port: number, ca: string, path: string, options: RequestOptions = {}): Promise<JsonResponse> {
  const payload = options.body === undefined ? null : Buffer.from(JSON.stringify(options.body));
  const headers: Record<string, string> = { ...options.headers };
  if (payload) {
    headers['content-type'] = 'application/json';
    headers['content-length'] = String(payload.length);
  }
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (options.refreshToken) headers.authorization = `Refresh ${options.refreshToken}`;
  return new Promise((resolve, reject) => {
    const outgoing = request(
      { host: '127.0.0.1', port, path, method: options.method ?? (payload ? 'POST' : 'GET'), ca, headers },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          resolve({ status: response.statusCode ?? 0, headers: response.headers, body: parseJson(text), text });
        });
      },
    );
    outgoing.on('error', reject);
    outgoing.end(payload ?? undefined);
  });
}

function parseJson(text: string): unknown {
  try {
    return text ? JSON.parse(text) : null;
  } catch {
    return null;
  }
}
