import type { ReactNode } from 'react';

/** A quiet "Loading…" line that screen readers announce politely. */
export function Loading({ label = 'Loading…' }: { label?: string }) {
  return (
    <p className="status status--loading" role="status">
      <span className="spinner" aria-hidden="true" />
      {label}
    </p>
  );
}

/** An error message, announced at once, with an optional action such as "Retry". */
export function ErrorMessage({ error, action }: { error: unknown; action?: ReactNode }) {
  const message = error instanceof Error ? error.message : String(error);
  return (
    <div className="status status--error" role="alert">
      <span>{message}</span>
      {action}
    </div>
  );
}
