import { type DragEvent, useId, useRef, useState } from 'react';
import { errorText } from '../../../api/api-client.ts';
import { UploadIcon } from '../../../components/icons.tsx';
import { useUploadDocument } from '../api/upload-document.ts';

const ACCEPT = '.csv,.tsv,.txt,.json,.ndjson,.jsonl,.xlsx';

/** Step 1: drop a file or pick one; it uploads at once, with a progress bar. */
export function FilePicker({ onUploaded }: { onUploaded: (documentId: string) => void }) {
  const upload = useUploadDocument();
  const [progress, setProgress] = useState(0);
  const [dragging, setDragging] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const hintId = useId();

  const send = (file: File | undefined) => {
    if (!file) return;
    setProgress(0);
    upload.mutate({ file, onProgress: setProgress }, { onSuccess: (document) => onUploaded(document.id) });
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    send(event.dataTransfer.files[0]);
  };

  return (
    <div className="file-picker">
      <section
        className={`drop-zone${dragging ? ' drop-zone--over' : ''}`}
        aria-label="Drop a file here"
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <UploadIcon />
        <p className="drop-zone__title">Drop a file here, or</p>
        <button type="button" className="button button--primary" onClick={() => input.current?.click()}>
          Choose a file
        </button>
        <input
          ref={input}
          type="file"
          accept={ACCEPT}
          className="visually-hidden"
          aria-label="File to import"
          aria-describedby={hintId}
          onChange={(event) => send(event.target.files?.[0])}
        />
        <p id={hintId} className="drop-zone__hint">
          CSV, TSV, JSON (an array of objects, or one object per line) or Excel .xlsx, up to 500 MB.
        </p>
      </section>
      {upload.isPending && (
        <div
          className="progress"
          role="progressbar"
          aria-label="Uploading"
          aria-valuenow={Math.round(progress * 100)}
        >
          <div className="progress__bar" style={{ width: `${progress * 100}%` }} />
          <span className="progress__label">Uploading… {Math.round(progress * 100)}%</span>
        </div>
      )}
      {upload.isError && (
        <p className="field-error" role="alert">
          {errorText(upload.error)}
        </p>
      )}
    </div>
  );
}
