import {
  type FocusEvent,
  type KeyboardEvent,
  type ReactNode,
  useEffect,
  useId,
  useRef,
  useState,
} from 'react';
import './popover.css';
import { focusFirst } from '../lib/focus.ts';

interface PopoverProps {
  /** What the trigger button shows (icon and text). */
  button: ReactNode;
  /** Accessible name of the trigger when its content is an icon alone. */
  buttonLabel?: string;
  /** Accessible name of the popover itself. */
  label: string;
  /** Highlights the trigger, e.g. when filters are set. */
  active?: boolean;
  /** Which edge of the trigger the panel lines up with. */
  align?: 'start' | 'end';
  /** The content; given a `close` function for actions that end the task. */
  children: (close: () => void) => ReactNode;
}

/**
 * A button that opens a small non-modal panel under it. Focus moves into the panel on open;
 * Escape closes it and gives focus back to the button; a click outside closes it too.
 */
export function Popover({ button, buttonLabel, label, active, align = 'start', children }: PopoverProps) {
  const [open, setOpen] = useState(false);
  const wrapper = useRef<HTMLDivElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const trigger = useRef<HTMLButtonElement>(null);
  const panelId = useId();

  useEffect(() => {
    if (!open) return;
    if (panel.current) focusFirst(panel.current);
    const onPointerDown = (event: PointerEvent) => {
      if (!wrapper.current?.contains(event.target as Node)) setOpen(false);
    };
    // A control removed from the panel (the last sort's ✕) leaves focus on the page, where the
    // panel's own Escape handler no longer hears; Escape then still closes it.
    const onOrphanEscape = (event: globalThis.KeyboardEvent) => {
      if (event.key !== 'Escape' || document.activeElement !== document.body) return;
      setOpen(false);
      trigger.current?.focus();
    };
    document.addEventListener('pointerdown', onPointerDown);
    document.addEventListener('keydown', onOrphanEscape);
    return () => {
      document.removeEventListener('pointerdown', onPointerDown);
      document.removeEventListener('keydown', onOrphanEscape);
    };
  }, [open]);

  const close = () => {
    setOpen(false);
    trigger.current?.focus();
  };

  // Tabbing out of the popover closes it, as a click outside does; focus moving within it does not.
  const onBlur = (event: FocusEvent) => {
    const next = event.relatedTarget;
    if (next instanceof Node && !wrapper.current?.contains(next)) setOpen(false);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !open) return;
    // Handled here, so an enclosing side panel does not close as well.
    event.stopPropagation();
    close();
  };

  return (
    <div ref={wrapper} className="popover">
      <button
        ref={trigger}
        type="button"
        className={`button button--toolbar${active ? ' button--active' : ''}`}
        aria-label={buttonLabel}
        title={buttonLabel}
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        aria-haspopup="dialog"
        onClick={() => setOpen((value) => !value)}
        onKeyDown={onKeyDown}
        onBlur={onBlur}
      >
        {button}
      </button>
      {open && (
        <div
          ref={panel}
          id={panelId}
          role="dialog"
          aria-label={label}
          tabIndex={-1}
          className={`popover__panel popover__panel--${align}`}
          onKeyDown={onKeyDown}
          onBlur={onBlur}
        >
          {children(close)}
        </div>
      )}
    </div>
  );
}
