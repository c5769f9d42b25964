import type { ReactNode } from 'react';

/** One section of the page: a landmark named by its heading, reachable from the section nav. */
export function Section({ id, title, intro, children }: { id: string; title: string; intro?: ReactNode; children: ReactNode }) {
  return (
    <section id={id} aria-labelledby={`${id}-title`} className="options-section">
      <h2 id={`${id}-title`}>{title}</h2>
      {intro ? <p className="section-intro">{intro}</p> : null}
      {children}
    </section>
  );
}
