import { useEffect, useId, useRef } from 'react';
import '../../../components/confirm-dialog.css';
import './settings.css';
import { IconButton } from '../../../components/icon-button.tsx';
import { CloseIcon } from '../../../components/icons.tsx';
import { useSettingsStore } from '../../../store/settings-store.ts';
import { ForgetToken } from '../../access/index.ts';
import { AiSettingsContent } from './ai-settings.tsx';
import { ContactSettingsContent } from './contact-settings.tsx';
import { PriceSettingsContent } from './price-settings.tsx';

/**
 * The AI settings as a native modal dialog, opened from anywhere through the settings store: it
 * traps focus, closes on Escape and gives focus back to the button that opened it.
 */
export function SettingsDialog() {
  const open = useSettingsStore((s) => s.open);
  const closeSettings = useSettingsStore((s) => s.closeSettings);
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
      className="dialog settings-dialog"
      aria-labelledby={titleId}
      // React passes a nested dialog's close (the remove confirmation) up the tree: only our own counts.
      onClose={(event) => event.target === event.currentTarget && closeSettings()}
    >
      {open && (
        <>
          <header className="settings-dialog__header">
            <h2 id={titleId} className="dialog__title">
              AI settings
            </h2>
            <IconButton label="Close settings" title="Close (Esc)" onClick={closeSettings}>
              <CloseIcon />
            </IconButton>
          </header>
          <div className="settings-dialog__body">
            <AiSettingsContent />
            <ContactSettingsContent />
            <PriceSettingsContent />
            <ForgetToken />
          </div>
        </>
      )}
    </dialog>
  );
}
