// Every refusal has the same shape: a stable code for the desk's logic and a Chinese sentence for the person.
import type { FastifyReply } from 'fastify';

export interface ApiErrorBody {
  error: { code: string; message: string; [detail: string]: unknown };
}

export function refuse(
  reply: FastifyReply,
  status: number,
  code: string,
  message: string,
  details: Record<string, unknown> = {},
): FastifyReply {
  const body: ApiErrorBody = { error: { code, message, ...details } };
  return reply.code(status).type('application/json; charset=utf-8').send(body);
}
