import { enabledCommands, type Command } from './registry';

export interface ParsedShortcut {
  key: string;
  mod: boolean;
  alt: boolean;
  shift: boolean;
}

export interface KeyLike {
  key: string;
  code: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

export function parseShortcut(shortcut: string): ParsedShortcut {
  const parts = shortcut.split('+');
  const key = parts.pop() ?? '';
  const modifiers = new Set(parts.map((part) => part.toLowerCase()));
  return { key, mod: modifiers.has('mod'), alt: modifiers.has('alt'), shift: modifiers.has('shift') };
}

/** The key a shortcut names, read from the physical key where layouts disagree (Alt+digit, letters with Alt). */
function pressedKey(event: KeyLike): string {
  const digit = /^Digit(\d)$/.exec(event.code);
  if (digit) return digit[1] ?? event.key;
  const letter = /^Key([A-Z])$/.exec(event.code);
  if (letter && (event.altKey || event.ctrlKey || event.metaKey)) return (letter[1] ?? event.key).toLowerCase();
  return event.key.length === 1 ? event.key.toLowerCase() : event.key;
}

export function matchesShortcut(event: KeyLike, shortcut: string, isMac = false): boolean {
  const parsed = parseShortcut(shortcut);
  const mod = isMac ? event.metaKey : event.ctrlKey;
  const otherMod = isMac ? event.ctrlKey : event.metaKey;
  if (parsed.mod !== mod || otherMod || parsed.alt !== event.altKey) return false;
  const key = parsed.key.length === 1 ? parsed.key.toLowerCase() : parsed.key;
  // '?' and '/' are typed with Shift on some layouts: for printable symbols the produced character decides.
  const symbol = key.length === 1 && !/[a-z0-9]/.test(key);
  if (!symbol && parsed.shift !== event.shiftKey) return false;
  return pressedKey(event) === key || (symbol && event.key === key);
}

export function isTypingTarget(target: EventTarget | null): boolean {
  if (!target || typeof (target as Element).closest !== 'function') return false;
  const element = target as HTMLElement;
  return element.isContentEditable || element.closest('input, textarea, select, [contenteditable="true"]') !== null;
}

/** The enabled command a key press runs, if any. Unmodified keys never fire while typing in a field. */
export function commandForKey(event: KeyLike & { target: EventTarget | null }, isMac = false): Command | undefined {
  const typing = isTypingTarget(event.target);
  return enabledCommands().find((command) => {
    if (!command.shortcut) return false;
    const parsed = parseShortcut(command.shortcut);
    if (typing && !parsed.mod && !parsed.alt) return false;
    return matchesShortcut(event, command.shortcut, isMac);
  });
}

// Pages and the shell may each ask for the listener: counted, so one listener serves them all and the last
// to leave removes it (two listeners would run every command twice).
const installedListeners = new WeakMap<Window, { count: number; remove: () => void }>();

/** One window-level listener dispatches every command shortcut. Returns the function that removes it. */
export function installShortcutListener(target: Window = window): () => void {
  const installed = installedListeners.get(target);
  if (installed) {
    installed.count += 1;
  } else {
    installedListeners.set(target, { count: 1, remove: addShortcutListener(target) });
  }
  let removed = false;
  return () => {
    const current = installedListeners.get(target);
    if (removed || !current) return;
    removed = true;
    current.count -= 1;
    if (current.count === 0) {
      current.remove();
      installedListeners.delete(target);
    }
  };
}

function addShortcutListener(target: Window): () => void {
  const isMac = /Mac/.test(target.navigator.platform);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.defaultPrevented || event.isComposing) return;
    const command = commandForKey(event, isMac);
    if (!command) return;
    event.preventDefault();
    void command.perform();
  };
  target.addEventListener('keydown', onKeyDown);
  return () => target.removeEventListener('keydown', onKeyDown);
}

/** How a shortcut is shown to the analyst: Ctrl+Shift+Z, Alt+1, J. */
export function formatShortcut(shortcut: string, isMac = false): string {
  const parsed = parseShortcut(shortcut);
  const parts: string[] = [];
  if (parsed.mod) parts.push(isMac ? '⌘' : 'Ctrl');
  if (parsed.alt) parts.push(isMac ? '⌥' : 'Alt');
  if (parsed.shift) parts.push('Shift');
  parts.push(parsed.key.length === 1 ? parsed.key.toUpperCase() : parsed.key);
  return parts.join('+');
}

/** A shortcut as aria-keyshortcuts names it: Control+Shift+Z, Alt+1, t. */
export function ariaKeyShortcut(shortcut: string, isMac = false): string {
  const parsed = parseShortcut(shortcut);
  const parts: string[] = [];
  if (parsed.mod) parts.push(isMac ? 'Meta' : 'Control');
  if (parsed.alt) parts.push('Alt');
  if (parsed.shift) parts.push('Shift');
  parts.push(parsed.key);
  return parts.join('+');
}
