import { useEffect, useRef, type ReactNode } from 'react';
import { useT } from '../i18n';

interface PagerProps {
  /** counted from 1 */
  page: number;
  pages: number;
  onPrevious: () => void;
  onNext: () => void;
  /** when the list knows better than the page count whether there is more (a log still being written) */
  hasPrevious?: boolean;
  hasNext?: boolean;
  previousLabel?: string;
  nextLabel?: string;
  /** follows "page n of m": a total */
  summary?: ReactNode;
}

/**
 * Previous and next around "page n of m". ArrowLeft and ArrowRight turn the page from anywhere in it; a button that
 * is disabled by its own press (the last page reached) hands focus to the other, so the keyboard never loses its place.
 */
export function Pager({
  page,
  pages,
  onPrevious,
  onNext,
  hasPrevious = page > 1,
  hasNext = page < pages,
  previousLabel,
  nextLabel,
  summary,
}: PagerProps) {
  const t = useT();
  const previous = useRef<HTMLButtonElement>(null);
  const next = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const focused = document.activeElement;
    if (!hasPrevious && focused === previous.current && hasNext) next.current?.focus();
    if (!hasNext && focused === next.current && hasPrevious) previous.current?.focus();
  }, [hasPrevious, hasNext]);

  return (
    <nav
      className="pager"
      aria-label={t('pager.label')}
      onKeyDown={(event) => {
        if (event.key === 'ArrowLeft' && hasPrevious) {
          event.preventDefault();
          onPrevious();
        } else if (event.key === 'ArrowRight' && hasNext) {
          event.preventDefault();
          onNext();
        }
      }}
    >
      <button ref={previous} type="button" className="button secondary" disabled={!hasPrevious} onClick={onPrevious}>
        {previousLabel ?? t('pager.previous')}
      </button>
      <span>
        {t('pager.pageOf', { page, pages })}
        {summary ? <> · {summary}</> : null}
      </span>
      <button ref={next} type="button" className="button secondary" disabled={!hasNext} onClick={onNext}>
        {nextLabel ?? t('pager.next')}
      </button>
    </nav>
  );
}
