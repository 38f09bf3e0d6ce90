import { type ReactNode, useEffect, useId, useRef } from 'react';
import './modal-dialog.css';
import { CloseIcon } from './icons.tsx';

interface ModalDialogProps {
  title: string;
  onClose: () => void;
  /** Wider for content with tables (the import wizard, the template gallery). */
  size?: 'medium' | 'large';
  children: ReactNode;
}

/**
 * A modal task (import a file, pick a template) in a native dialog: it traps focus, closes on Escape
 * and gives focus back to where it was. Mounted only while open.
 */
export function ModalDialog({ title, onClose, size = 'large', children }: ModalDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => element?.close();
  }, []);
  return (
    <dialog
      ref={dialog}
      className={`modal modal--${size}`}
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      // Escape closes this dialog only, not also a side panel it was opened from (Evaluate's).
      onKeyDown={(event) => event.key === 'Escape' && event.stopPropagation()}
    >
      <header className="modal__header">
        <h2 id={titleId} className="modal__title">
          {title}
        </h2>
        <button type="button" className="icon-button" aria-label="Close" onClick={onClose}>
          <CloseIcon />
        </button>
      </header>
      <div className="modal__body">{children}</div>
    </dialog>
  );
}
