import { type ReactNode, useEffect, useId, useRef } from 'react';
import './confirm-dialog.css';
import { errorText } from '../api/api-client.ts';

interface ConfirmDialogProps {
  open: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  pending: boolean;
  error: unknown;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * Asks before something that cannot be undone. A native modal dialog traps focus, closes on
 * Escape and returns focus to where it was.
 */
export function ConfirmDialog(props: ConfirmDialogProps) {
  const { open, title, children, confirmLabel, pending, error, onConfirm, onCancel } = props;
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);

  return (
    <dialog
      ref={dialog}
      className="dialog"
      aria-labelledby={titleId}
      onClose={onCancel}
      // Escape closes this dialog only, not also a side panel it was opened from.
      onKeyDown={(event) => event.key === 'Escape' && event.stopPropagation()}
    >
      {open && (
        <>
          <h2 id={titleId} className="dialog__title">
            {title}
          </h2>
          <div className="dialog__text">{children}</div>
          {Boolean(error) && (
            <p className="field-error" role="alert">
              {errorText(error)}
            </p>
          )}
          <div className="dialog__actions">
            <button type="button" className="button button--ghost" onClick={onCancel}>
              Cancel
            </button>
            <button type="button" className="button button--danger" onClick={onConfirm} disabled={pending}>
              {confirmLabel}
            </button>
          </div>
        </>
      )}
    </dialog>
  );
}
