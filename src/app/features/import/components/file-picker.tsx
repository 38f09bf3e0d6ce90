import { useState } from 'react';
import { errorText } from '../../../api/api-client.ts';
import { DropZone } from '../../../components/drop-zone.tsx';
import { ProgressBar } from '../../../components/progress-bar.tsx';
import { useUploadDocument } from '../api/upload-document.ts';

const ACCEPT = '.csv,.tsv,.txt,.json,.ndjson,.jsonl,.xlsx';

/** Step 1: drop a file or pick one; it uploads at once, with a progress bar. */
export function FilePicker({ onUploaded }: { onUploaded: (documentId: string) => void }) {
  const upload = useUploadDocument();
  const [progress, setProgress] = useState(0);

  const send = ([file]: File[]) => {
    if (!file) return;
    setProgress(0);
    upload.mutate({ file, onProgress: setProgress }, { onSuccess: (document) => onUploaded(document.id) });
  };

  return (
    <div className="file-picker">
      <DropZone
        onFiles={send}
        accept={ACCEPT}
        inputLabel="File to import"
        hint="CSV, TSV, JSON (an array of objects, or one object per line) or Excel .xlsx, up to 500 MB."
      />
      {upload.isPending && (
        <ProgressBar label="Uploading" value={Math.round(progress * 100)} max={100}>
          Uploading… {Math.round(progress * 100)}%
        </ProgressBar>
      )}
      {upload.isError && (
        <p className="field-error" role="alert">
          {errorText(upload.error)}
        </p>
      )}
    </div>
  );
}
