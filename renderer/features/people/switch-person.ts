// Who works now. Switching asks the stored profile's PIN (when it has one), remembers the choice for the
// next start, and first lets open editors save what the previous person typed under that person's name.
import type { Profile } from '../../../shared/domain/types';
import { useDesk } from '../../workspace/desk';
import { SETTING_CURRENT_PROFILE } from '../../workspace/settings-keys';
import type { Repositories } from '../../db';

type BeforeSwitch = () => Promise<void>;

const beforeSwitchListeners = new Set<BeforeSwitch>();

/** Editors register here to flush pending saves before the person changes; returns the unsubscribe. */
export function onBeforePersonSwitch(listener: BeforeSwitch): () => void {
  beforeSwitchListeners.add(listener);
  return () => beforeSwitchListeners.delete(listener);
}

export type SwitchResult = { ok: true; profile: Profile } | { ok: false; reason: 'wrongPin' | 'unknownProfile' };

export async function switchPerson(
  repositories: Pick<Repositories, 'profiles' | 'settings'>,
  profileId: string,
  pin: string,
): Promise<SwitchResult> {
  const profile = await repositories.profiles.get(profileId);
  if (!profile) return { ok: false, reason: 'unknownProfile' };
  if (!(await repositories.profiles.verifyPin(profileId, pin))) return { ok: false, reason: 'wrongPin' };
  await Promise.all([...beforeSwitchListeners].map((listener) => listener()));
  // Recorded by the person switched to: they are the one who says they are now at the desk.
  await repositories.settings.set(SETTING_CURRENT_PROFILE, profile.id, { actor: profile.id });
  useDesk.setState({ profile });
  return { ok: true, profile };
}
