/**
 * The draft as written, with each open check's evidence marked; the check the person points
 * at or focuses is marked strongest (any status). Where the feed folds the post, a marker.
 */
import { useEffect, useMemo, useRef } from 'react';
import type { TabDraft } from '../../lib/drafts/state';
import { formatNumber, t } from '../common/i18n';
import { runsOf } from './highlight';
import type { Mark } from './highlight';
import { usePanelStore } from './store';

export function DraftCopy({ draft }: { draft: TabDraft }) {
  const focused = usePanelStore((s) => s.focusedCheck);
  const box = useRef<HTMLDivElement>(null);
  const { text, review } = draft;

  const titles = useMemo(() => new Map(review.checks.map((c) => [c.id, c.title])), [review.checks]);
  const runs = useMemo(() => {
    const marks: Mark[] = review.checks
      .filter((c) => (c.status !== 'pass' && !c.dismissed) || c.id === focused)
      .flatMap((c) => c.evidence.map((e) => ({ start: e.start, end: e.end, checkId: c.id, status: c.status })));
    return runsOf(text, marks, review.length.fold);
  }, [text, review, focused]);

  // Bring the focused check's first mark into view inside the draft box (not the whole panel).
  useEffect(() => {
    const container = box.current;
    const mark = container?.querySelector<HTMLElement>('mark.is-focused');
    if (!container || !mark) return;
    const top = mark.offsetTop - container.offsetTop;
    if (top < container.scrollTop || top > container.scrollTop + container.clientHeight - mark.offsetHeight) {
      container.scrollTop = Math.max(0, top - container.clientHeight / 3);
    }
  }, [focused]);

  if (!text.trim()) {
    return (
      <section className="draft" aria-labelledby="draft-title">
        <h2 id="draft-title" className="section-title">
          {t('draftHeading')}
        </h2>
        <p className="draft__empty">{t('draftEmpty')}</p>
      </section>
    );
  }

  return (
    <section className="draft" aria-labelledby="draft-title">
      <h2 id="draft-title" className="section-title">
        {t('draftHeading')}
      </h2>
      <div className="draft__text" ref={box} lang={review.language ?? undefined} tabIndex={0} aria-labelledby="draft-title">
        {runs.map((run, i) => {
          const fold = run.folded && !runs[i - 1]?.folded ? <FoldMarker key={`fold-${run.start}`} /> : null;
          const cls = run.folded ? 'is-folded' : undefined;
          const body =
            run.checks.length > 0 ? (
              <mark
                key={run.start}
                data-evidence={run.checks.join(' ')}
                className={[`mark--${run.status}`, run.checks.includes(focused ?? '') ? 'is-focused' : '', cls ?? '']
                  .filter(Boolean)
                  .join(' ')}
                title={run.checks.map((id) => titles.get(id) ?? id).join(' · ')}
              >
                {run.text}
              </mark>
            ) : (
              <span key={run.start} className={cls}>
                {run.text}
              </span>
            );
          return fold ? [fold, body] : body;
        })}
      </div>
      {draft.fullLength !== undefined && (
        <p className="draft__cut" data-draft-cut="">
          {t('draftCut', formatNumber(text.length), formatNumber(draft.fullLength))}
        </p>
      )}
    </section>
  );
}

function FoldMarker() {
  return (
    <span className="fold-marker" aria-hidden="true">
      {t('foldMarker')}
    </span>
  );
}
