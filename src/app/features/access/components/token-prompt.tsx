import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import '../../../components/confirm-dialog.css';
import './access.css';
import { useAccessToken } from '../../../api/access-token.ts';

/**
 * Asks for the access token when the server refuses a call without one (AI_TABLES_TOKEN), then
 * repeats the refused requests. Without a token nothing works, so the dialog cannot be dismissed.
 */
export function TokenPrompt() {
  const prompt = useAccessToken((s) => s.prompt);
  const provide = useAccessToken((s) => s.provide);
  const queryClient = useQueryClient();
  const dialog = useRef<HTMLDialogElement>(null);
  const [value, setValue] = useState('');
  const titleId = useId();
  const inputId = useId();

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (prompt && !element.open) element.showModal();
    if (!prompt && element.open) element.close();
  }, [prompt]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const token = value.trim();
    if (!token) return;
    provide(token);
    setValue('');
    void queryClient.invalidateQueries();
  };

  return (
    <dialog
      ref={dialog}
      className="dialog token-prompt"
      aria-labelledby={titleId}
      onCancel={(event) => event.preventDefault()}
    >
      {prompt && (
        <form onSubmit={submit}>
          <h2 id={titleId} className="dialog__title">
            Access token needed
          </h2>
          <p className="dialog__text">
            This AI Tables server asks for an access token (its <code>AI_TABLES_TOKEN</code>). This browser
            keeps it until you close the tab or forget it in Settings.
          </p>
          <div className="field">
            <label className="field__label" htmlFor={inputId}>
              Access token
            </label>
            <input
              id={inputId}
              className="input"
              type="password"
              autoComplete="current-password"
              autoFocus
              value={value}
              aria-invalid={prompt === 'rejected' ? true : undefined}
              onChange={(event) => setValue(event.target.value)}
            />
            {prompt === 'rejected' && (
              <p className="field-error" role="alert">
                The server did not accept that token.
              </p>
            )}
          </div>
          <div className="dialog__actions">
            <button type="submit" className="button button--primary" disabled={!value.trim()}>
              Continue
            </button>
          </div>
        </form>
      )}
    </dialog>
  );
}
