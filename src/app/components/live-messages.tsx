import { errorText } from '../api/api-client.ts';

interface LiveMessagesProps {
  className?: string;
  /** What just worked, said politely. */
  success?: string | null;
  /** What went wrong: a sentence, or an error whose text is shown. */
  error?: unknown;
}

/** A panel's live region: screen readers hear a success or a failure as it comes. */
export function LiveMessages({ className, success, error }: LiveMessagesProps) {
  return (
    <div className={className} aria-live="polite">
      {success && (
        <p className="notice notice--success" role="status">
          {success}
        </p>
      )}
      {error !== null && error !== undefined && (
        <p className="notice notice--error" role="alert">
          {errorText(error)}
        </p>
      )}
    </div>
  );
}
