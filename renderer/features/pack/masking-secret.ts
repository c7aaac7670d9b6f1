// The workspace's masking secret: made once, kept in the workspace settings, so an account gets the same
// pseudonym in every pack of this workstation and nobody without the workspace can reverse it.
import type { SettingsRepository, WriteContext } from '../../db';

export const SETTING_MASKING_SECRET = 'export.maskingSecret';
const SECRET_BYTES = 32;

function randomHex(bytes: number): string {
  const random = new Uint8Array(bytes);
  crypto.getRandomValues(random);
  return Array.from(random, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

export async function workspaceMaskingSecret(settings: Pick<SettingsRepository, 'get' | 'set'>, ctx: WriteContext): Promise<string> {
  const stored = await settings.get<unknown>(SETTING_MASKING_SECRET, null);
  if (typeof stored === 'string' && /^[0-9a-f]{64}$/.test(stored)) return stored;
  const secret = randomHex(SECRET_BYTES);
  await settings.set(SETTING_MASKING_SECRET, secret, ctx, { secret: true });
  return secret;
}
