import { useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useDismiss } from '../hooks/use-dismiss.ts';

/** Text longer than this, or holding a line break, gets an expand button. */
const LONG_TEXT = 40;

/** One line of text, truncated; long text opens in full in a popover. */
export function ExpandableText({ text }: { text: string }) {
  // The popover belongs to the text it opened on: rows recycle their cells while scrolling.
  const [opened, setOpened] = useState<{ text: string; anchor: DOMRect } | null>(null);
  const anchor = opened?.text === text ? opened.anchor : null;
  const long = text.length > LONG_TEXT || text.includes('\n');
  return (
    <>
      <span className="grid-cell__text">{text}</span>
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
      {anchor && <TextPopover text={text} anchor={anchor} onClose={() => setOpened(null)} />}
    </>
  );
}

function TextPopover({ text, anchor, onClose }: { text: string; anchor: DOMRect; onClose: () => void }) {
  // Portalled to the body: the cell clips its content, and the popover must overlap neighbours.
  const top = Math.min(anchor.top, window.innerHeight - 260);
  const left = Math.min(anchor.left, window.innerWidth - 420);
  const ref = useRef<HTMLDivElement>(null);
  useDismiss(ref, onClose);
  return createPortal(
    <div
      ref={ref}
      className="grid-text-popover"
      role="dialog"
      aria-label="Full text"
      style={{ top: Math.max(8, top), left: Math.max(8, left), minWidth: anchor.width }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onClose();
      }}
    >
      {text}
    </div>,
    document.body,
  );
}
