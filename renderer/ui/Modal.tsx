import { useId, useLayoutEffect, useRef, type ReactNode } from 'react';

interface ModalProps {
  title: string;
  onClose: () => void;
  children: ReactNode;
  /** wider dialogs for forms with several fields side by side */
  wide?: boolean;
  testId?: string;
}

/**
 * A modal dialog that keeps the keyboard inside it (Tab cycles within, Esc closes) and takes focus on its first
 * field, so triage from the keyboard never loses its place.
 */
export function Modal({ title, onClose, children, wide = false, testId }: ModalProps) {
  const titleId = useId();
  const panel = useRef<HTMLDivElement>(null);

  // Before the browser paints: a key typed as soon as the dialog shows (a, then 2 and Enter) must reach its field.
  useLayoutEffect(() => {
    const first = panel.current?.querySelector<HTMLElement>('[data-autofocus], input, select, textarea, button');
    first?.focus();
  }, []);

  return (
    <div className="modal-backdrop" onMouseDown={(event) => event.target === event.currentTarget && onClose()}>
      <div
        ref={panel}
        className={wide ? 'modal modal-wide' : 'modal'}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        data-testid={testId}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.preventDefault();
            event.stopPropagation();
            onClose();
            return;
          }
          if (event.key !== 'Tab' || !panel.current) return;
          const focusable = [...panel.current.querySelectorAll<HTMLElement>('input, select, textarea, button, [tabindex="0"]')].filter(
            (element) => !element.hasAttribute('disabled'),
          );
          const first = focusable[0];
          const last = focusable.at(-1);
          if (!first || !last) return;
          if (event.shiftKey && document.activeElement === first) {
            event.preventDefault();
            last.focus();
          } else if (!event.shiftKey && document.activeElement === last) {
            event.preventDefault();
            first.focus();
          }
        }}
      >
        <h2 id={titleId} className="modal-title">
          {title}
        </h2>
        {children}
      </div>
    </div>
  );
}
