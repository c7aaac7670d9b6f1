import type { StatusNote } from '../../ui/Feedback';
import { errorText } from '../../i18n';

/**
 * A write the analyst started from one of the units panels: the last outcome is cleared, then replaced by the
 * text `write` returns once it has landed (the store tells the other views what changed), or by why it failed.
 */
export async function notedWrite(say: (note: StatusNote | null) => void, write: () => Promise<string>): Promise<void> {
  say(null);
  try {
    const text = await write();
    say({ ok: true, text });
  } catch (error) {
    say({ ok: false, text: errorText(error) });
  }
}
