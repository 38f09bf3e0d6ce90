import { type ReactNode, useCallback, useEffect, useId, useState } from 'react';
import { IconButton } from '../../components/icon-button.tsx';
import { CloseIcon } from '../../components/icons.tsx';
import { FOCUSABLE, focusFirst } from '../../lib/focus.ts';

/** How long focus waits for a loading panel's first control. */
const LOAD_WAIT_MS = 10_000;

interface SidePanelProps {
  title: string;
  /** Changes when another thing opens in the panel, so focus moves into it again. */
  contentKey: string;
  onClose: () => void;
  children: ReactNode;
}

/**
 * The right-hand panel slot. Opening moves keyboard focus into it; Escape (from inside) or the X
 * closes it, and focus goes back to where it was before the panel opened.
 */
export function SidePanel({ title, contentKey, onClose, children }: SidePanelProps) {
  const titleId = useId();
  // Read on the first render, before focus moves in, and kept for this opening (not per content
  // change), so closing returns to where the panel was opened from.
  const [returnTo] = useState(() =>
    document.activeElement instanceof HTMLElement ? document.activeElement : null,
  );

  useEffect(
    () => () => {
      // Only when focus went down with the panel: if the user is elsewhere (closed it by moving to
      // another table), focus stays there. This also leaves StrictMode's trial unmount alone.
      const lost = document.activeElement === null || document.activeElement === document.body;
      if (lost && returnTo?.isConnected) returnTo.focus();
    },
    [returnTo],
  );

  // Runs as each content mounts (keyed below): focus moves into it. Content still loading gets
  // focus on the body first, then on its first control as soon as one appears, unless the user
  // has moved on meanwhile. Stable, so React calls it only when a content mounts.
  const focusContent = useCallback((content: HTMLDivElement | null) => {
    const body = content?.parentElement;
    if (!content || !body || content.contains(document.activeElement)) return;
    focusFirst(body);
    if (document.activeElement !== body) return;
    const observer = new MutationObserver(() => {
      if (document.activeElement !== body) observer.disconnect();
      else if (content.querySelector(FOCUSABLE)) {
        observer.disconnect();
        focusFirst(content);
      }
    });
    observer.observe(content, { childList: true, subtree: true });
    setTimeout(() => observer.disconnect(), LOAD_WAIT_MS);
  }, []);

  return (
    <aside
      className="side-panel"
      aria-labelledby={titleId}
      onKeyDown={(event) => {
        if (event.key !== 'Escape' || event.defaultPrevented) return;
        event.stopPropagation();
        onClose();
      }}
    >
      <header className="side-panel__header">
        <h2 id={titleId} className="side-panel__title">
          {title}
        </h2>
        <IconButton label={`Close ${title.toLowerCase()} panel`} title="Close (Esc)" onClick={onClose}>
          <CloseIcon />
        </IconButton>
      </header>
      <div className="side-panel__body" tabIndex={-1}>
        <div key={contentKey} ref={focusContent} className="side-panel__content">
          {children}
        </div>
      </div>
    </aside>
  );
}
