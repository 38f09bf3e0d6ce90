import { type ReactNode, useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useDismiss } from '../../lib/use-dismiss.ts';

/** Text longer than this, or holding a line break, gets an expand button. */
const LONG_TEXT = 40;

interface ExpandableTextProps {
  text: string;
  /** What the cell shows on its line (the text itself when absent). */
  line?: string;
  /** The full text as the popover shows it (as written when absent: rendered Markdown, say). */
  full?: (text: string) => ReactNode;
}

/** One line of text, truncated; long text opens in full in a popover. */
export function ExpandableText({ text, line = text, full }: ExpandableTextProps) {
  // The popover belongs to the text it opened on: rows recycle their cells while scrolling.
  const [opened, setOpened] = useState<{ text: string; anchor: DOMRect } | null>(null);
  const anchor = opened?.text === text ? opened.anchor : null;
  const long = text.length > LONG_TEXT || text.includes('\n');
  return (
    <>
      <span className="grid-cell__text" title={line === text ? undefined : text.slice(0, 2000)}>
        {line}
      </span>
      {long && (
        <button
          type="button"
          className="grid-cell__expand"
          aria-label="Show full text"
          tabIndex={-1}
          onMouseDown={(event) => event.stopPropagation()}
          onClick={(event) => {
            event.stopPropagation();
            const cell = event.currentTarget.closest('[role="gridcell"]') ?? event.currentTarget;
            setOpened(anchor ? null : { text, anchor: cell.getBoundingClientRect() });
          }}
        >
          ⤢
        </button>
      )}
      {anchor && (
        <TextPopover anchor={anchor} onClose={() => setOpened(null)} rendered={Boolean(full)}>
          {full ? full(text) : text}
        </TextPopover>
      )}
    </>
  );
}

interface TextPopoverProps {
  anchor: DOMRect;
  onClose: () => void;
  /** Rendered content (Markdown) wraps as its blocks say, not as the text's line breaks. */
  rendered: boolean;
  children: ReactNode;
}

function TextPopover({ anchor, onClose, rendered, children }: TextPopoverProps) {
  // Portalled to the body: the cell clips its content, and the popover must overlap neighbours.
  const top = Math.min(anchor.top, window.innerHeight - 260);
  const left = Math.min(anchor.left, window.innerWidth - 420);
  const ref = useRef<HTMLDivElement>(null);
  useDismiss(ref, onClose);
  // Focus moves in, so Escape closes it and the keyboard scrolls it; on closing it goes back to the grid.
  useEffect(() => {
    const before = document.activeElement;
    ref.current?.focus();
    return () => {
      const back = before?.closest<HTMLElement>('[role="grid"]') ?? (before as HTMLElement | null);
      back?.focus();
    };
  }, []);
  return createPortal(
    <div
      ref={ref}
      className={`grid-text-popover${rendered ? ' grid-text-popover--rendered' : ''}`}
      role="dialog"
      aria-label="Full text"
      tabIndex={-1}
      style={{ top: Math.max(8, top), left: Math.max(8, left), minWidth: anchor.width }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onClose();
      }}
    >
      {children}
    </div>,
    document.body,
  );
}
