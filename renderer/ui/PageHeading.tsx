import type { ReactNode } from 'react';

/** The page's one h1; the shell moves focus here after each navigation. */
export function PageHeading({ children, aside }: { children: ReactNode; aside?: ReactNode }) {
  return (
    <div className="page-heading">
      <h1 id="page-title" tabIndex={-1}>
        {children}
      </h1>
      {aside ? <div className="page-heading-aside">{aside}</div> : null}
    </div>
  );
}
