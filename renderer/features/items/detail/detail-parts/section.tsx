import type { ReactNode } from 'react';

/** One titled part of the item detail, with room for a control beside its heading. */
export function Section({ title, children, aside, testId }: { title: string; children: ReactNode; aside?: ReactNode; testId?: string }) {
  return (
    <section className="detail-section" data-testid={testId}>
      <div className="detail-section-heading">
        <h3>{title}</h3>
        {aside}
      </div>
      {children}
    </section>
  );
}
