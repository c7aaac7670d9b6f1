/** The outcome of an action the person took, kept until the next one: saved (ok) or why it failed. */
export interface StatusNote {
  ok: boolean;
  text: string;
}

/** A problem that stops what the person asked for; role=alert so a screen reader says it at once. */
export function ErrorAlert({ message }: { message: string | null }) {
  return message ? (
    <p className="error-text" role="alert">
      {message}
    </p>
  ) : null;
}

/** The latest outcome beside the buttons that caused it; role=status so it is announced without taking focus. */
export function StatusMessage({ note }: { note: StatusNote | null }) {
  return note ? (
    <span className={note.ok ? 'ok-text' : 'error-text'} role="status">
      {note.text}
    </span>
  ) : null;
}
