import { type FormEvent, useRef, useState } from 'react';
import { readAddresses } from '../model/web-addresses.ts';
import { type SourceKind, urlsOf, useExtractionDraft } from './extraction-draft-store.ts';
import { FileSources } from './file-sources.tsx';

const KINDS: Array<{ value: SourceKind; label: string }> = [
  { value: 'files', label: 'Files' },
  { value: 'urls', label: 'Web addresses' },
  { value: 'text', label: 'Pasted text' },
];

/** Whether the chosen kind of source has something to read. */
export function hasSources(draft: { sourceKind: SourceKind; files: unknown[]; urls: string; text: string }) {
  if (draft.sourceKind === 'files') return draft.files.length > 0;
  if (draft.sourceKind === 'urls') return urlsOf(draft.urls).length > 0;
  return draft.text.trim() !== '';
}

/** What to say when Next is pressed with nothing to read. */
const NOTHING: Record<SourceKind, string> = {
  files: 'Drop or choose at least one document',
  urls: 'Write at least one web address',
  text: 'Paste the text to read',
};

/** Step 2: what to read (files, web addresses or pasted text: one kind per extraction) and guidance. */
export function SourcesStep() {
  const draft = useExtractionDraft();
  const { sourceKind, urls, text, context, enhance, change } = draft;
  const ready = hasSources(draft);
  const [tried, setTried] = useState(false);
  const kindInputs = useRef(new Map<SourceKind, HTMLInputElement>());
  const sourceInput = useRef<HTMLTextAreaElement>(null);
  const next = (event: FormEvent) => {
    event.preventDefault();
    if (ready) change({ step: 'estimate' });
    else {
      setTried(true);
      (sourceInput.current ?? kindInputs.current.get(sourceKind))?.focus();
    }
  };
  return (
    <form className="extract-step" aria-label="Documents to read" onSubmit={next}>
      <fieldset className="extract-tabs">
        <legend className="visually-hidden">What to read</legend>
        {KINDS.map((kind) => (
          <label key={kind.value} className="extract-tabs__option">
            <input
              ref={(input) => {
                if (input) kindInputs.current.set(kind.value, input);
              }}
              type="radio"
              // Focus starts on the kind chosen (arrows change it).
              data-step-focus={sourceKind === kind.value || undefined}
              name="source-kind"
              value={kind.value}
              checked={sourceKind === kind.value}
              onChange={() => change({ sourceKind: kind.value })}
            />
            {kind.label}
          </label>
        ))}
      </fieldset>
      {sourceKind === 'files' && <FileSources />}
      {sourceKind === 'urls' && (
        <label className="field">
          <span className="field__label">Web addresses, one per line</span>
          <textarea
            ref={sourceInput}
            className="textarea"
            rows={5}
            value={urls}
            aria-invalid={(tried && !ready) || undefined}
            placeholder="https://example.com/catalogue.html"
            onChange={(event) => change({ urls: event.target.value })}
          />
          <span className="field-hint">The server reads each page's main content, not its navigation.</span>
          <LeftOut pasted={readAddresses(urls)} />
        </label>
      )}
      {sourceKind === 'text' && (
        <label className="field">
          <span className="field__label">Text to extract from</span>
          <textarea
            ref={sourceInput}
            className="textarea"
            rows={8}
            value={text}
            aria-invalid={(tried && !ready) || undefined}
            placeholder="Paste an email thread, a price list, search results…"
            onChange={(event) => change({ text: event.target.value })}
          />
        </label>
      )}
      <label className="field">
        <span className="field__label">Guidance for the model (optional)</span>
        <textarea
          className="textarea"
          rows={2}
          value={context}
          maxLength={20_000}
          placeholder="e.g. Prices are in euros; skip discontinued products."
          onChange={(event) => change({ context: event.target.value })}
        />
      </label>
      <label className="field">
        <span className="field__label">Fill missing values in a second pass (optional)</span>
        <textarea
          className="textarea"
          rows={2}
          value={enhance}
          maxLength={20_000}
          placeholder="e.g. Add the manufacturer's website when the document does not give it."
          onChange={(event) => change({ enhance: event.target.value })}
        />
        <span className="field-hint">
          After the documents are read, rows with empty fields are completed from their excerpt and what the
          model knows, about one call per 10 rows.
        </span>
      </label>
      {tried && !ready && (
        <p className="field-error" role="alert">
          {NOTHING[sourceKind]}
        </p>
      )}
      <div className="dialog__actions">
        <button type="button" className="button button--ghost" onClick={() => change({ step: 'fields' })}>
          Back to fields
        </button>
        <button type="submit" className="button button--primary">
          Next: estimate
        </button>
      </div>
    </form>
  );
}

/** Lines of the pasted list that hold no web address: said, so nothing is dropped without a word. */
function LeftOut({ pasted }: { pasted: ReturnType<typeof readAddresses> }) {
  const { notAddresses, meant } = pasted;
  if (notAddresses.length === 0) return null;
  return (
    <span className="field-hint extract-left-out" role="status">
      Left out, not web addresses:{' '}
      {notAddresses
        .map((line) => (meant[line] ? `“${line}” (did you mean ${meant[line]}?)` : `“${line}”`))
        .join(', ')}
    </span>
  );
}
