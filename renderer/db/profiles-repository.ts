import { sha256Hex } from '../../shared/crypto/sha256';
import type { Profile, Role } from '../../shared/domain/types';
import { newId } from '../../shared/ids';
import { auditedWrite, type WriteContext, type WriteScope } from './audited-write';

export interface NewProfile {
  name: string;
  role: Role;
  pin?: string | null;
}

// The PIN only tells the local people apart at one workstation; it is not a security boundary against
// someone holding the disk. Stored salted, never in clear, and never copied into the audit log.
const PIN_SCHEME = 'sha256';

export function hashPin(pin: string, saltHex: string): string {
  return `${PIN_SCHEME}$${saltHex}$${sha256Hex(`${saltHex}:${pin}`)}`;
}

export function pinMatches(pin: string, stored: string): boolean {
  const [scheme, saltHex] = stored.split('$');
  if (scheme !== PIN_SCHEME || !saltHex) return false;
  return equalInConstantTime(hashPin(pin, saltHex), stored);
}

function newSaltHex(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

function equalInConstantTime(a: string, b: string): boolean {
  let difference = a.length ^ b.length;
  for (let index = 0; index < Math.max(a.length, b.length); index += 1) {
    difference |= (a.charCodeAt(index) || 0) ^ (b.charCodeAt(index) || 0);
  }
  return difference === 0;
}

function withoutSecret(profile: Profile) {
  const { pinHash, ...rest } = profile;
  return { ...rest, hasPin: pinHash !== null };
}

export function createProfilesRepository(scope: WriteScope) {
  const table = scope.db.profiles;
  return {
    /** Oldest first: the person who set up the workstation leads the list. */
    list: async () => (await table.toArray()).sort((a, b) => a.createdAt.localeCompare(b.createdAt)),

    get: (id: string) => table.get(id),

    count: () => table.count(),

    create: (input: NewProfile, ctx: WriteContext) =>
      auditedWrite(scope, [table], ctx, async (record, nowIso) => {
        const pin = input.pin?.trim() ? input.pin : null;
        const profile: Profile = {
          id: newId(),
          name: input.name.trim(),
          role: input.role,
          pinHash: pin === null ? null : hashPin(pin, newSaltHex()),
          createdAt: nowIso,
        };
        await table.add(profile);
        record({ action: 'profiles.create', target: `profiles:${profile.id}`, before: null, after: withoutSecret(profile) });
        return profile;
      }),

    /** True when the PIN is right, or the profile has none. False for an unknown profile. */
    async verifyPin(id: string, pin: string): Promise<boolean> {
      const profile = await table.get(id);
      if (!profile) return false;
      return profile.pinHash === null || pinMatches(pin, profile.pinHash);
    },
  };
}

export type ProfilesRepository = ReturnType<typeof createProfilesRepository>;
