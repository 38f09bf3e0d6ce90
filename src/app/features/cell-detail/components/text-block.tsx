import { useEffect, useId, useState } from 'react';

/** How long "Copied" shows before the button reads "Copy" again. */
const COPIED_MS = 1500;

/**
 * A long text as sent or received (a prompt, a raw answer): monospace, scrolling within a bounded
 * box, focusable so the keyboard can scroll it, with a Copy button.
 */
export function TextBlock({ label, text }: { label: string; text: string | null }) {
  const labelId = useId();
  const [copied, setCopied] = useState<'ok' | 'failed' | null>(null);

  useEffect(() => {
    if (!copied) return;
    const timer = setTimeout(() => setCopied(null), COPIED_MS);
    return () => clearTimeout(timer);
  }, [copied]);

  const copy = async () => {
    if (text === null) return;
    try {
      await navigator.clipboard.writeText(text);
      setCopied('ok');
    } catch {
      // No clipboard outside secure contexts (plain http on a LAN address), or permission refused.
      setCopied('failed');
    }
  };

  return (
    <section className="text-block" aria-labelledby={labelId}>
      <div className="text-block__head">
        <h3 id={labelId} className="cell-detail__label">
          {label}
        </h3>
        {text !== null && (
          <button
            type="button"
            className="link-button text-block__copy"
            aria-label={`Copy ${label.toLowerCase()}`}
            onClick={() => void copy()}
          >
            {copied === 'ok' ? 'Copied' : copied === 'failed' ? 'Copy refused' : 'Copy'}
          </button>
        )}
      </div>
      {text === null ? (
        <p className="cell-detail__empty">None.</p>
      ) : (
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling box must be focusable to scroll by keyboard.
        <pre className="text-block__text" tabIndex={0}>
          {text}
        </pre>
      )}
    </section>
  );
}
