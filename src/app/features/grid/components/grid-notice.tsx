import { useEffect } from 'react';
import { useGridStore } from '../store/grid-store.ts';

/** How long a notice stays; one with an action (Undo) stays longer to give time to use it. */
const NOTICE_MS = 6_000;
const ACTION_NOTICE_MS = 10_000;

/**
 * The grid's latest notice, announced politely to screen readers, gone after a few seconds; one
 * that lists things (values a paste left out) stays until dismissed, being there to be read.
 */
export function GridNotice() {
  const notice = useGridStore((state) => state.notice);
  const dismiss = useGridStore((state) => state.dismissNotice);
  const listed = (notice?.details?.length ?? 0) > 0;
  useEffect(() => {
    if (!notice || listed) return;
    const timer = setTimeout(dismiss, notice.action ? ACTION_NOTICE_MS : NOTICE_MS);
    return () => clearTimeout(timer);
  }, [notice, listed, dismiss]);
  return (
    <div className="grid-notice-slot" aria-live="polite">
      {notice && (
        <div
          className={`grid-notice grid-notice--${notice.tone}${listed ? ' grid-notice--listed' : ''}`}
          role="status"
        >
          <div className="grid-notice__body">
            <span>{notice.text}</span>
            {notice.details && notice.details.length > 0 && (
              <ul className="grid-notice__details">
                {notice.details.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            )}
          </div>
          {notice.action && (
            <button
              type="button"
              className="grid-notice__action"
              onClick={() => {
                notice.action?.run();
                dismiss();
              }}
            >
              {notice.action.label}
            </button>
          )}
          <button type="button" className="grid-notice__close" aria-label="Dismiss" onClick={dismiss}>
            ×
          </button>
        </div>
      )}
    </div>
  );
}
