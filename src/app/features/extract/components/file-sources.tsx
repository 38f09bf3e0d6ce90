import { useState } from 'react';
import { errorText } from '../../../api/api-client.ts';
import { DropZone } from '../../../components/drop-zone.tsx';
import { CloseIcon } from '../../../components/icons.tsx';
import { ProgressBar } from '../../../components/progress-bar.tsx';
import { formatBytes } from '../../../lib/format-bytes.ts';
import { useUploadExtractFile } from '../api/upload-extract-file.ts';
import { useExtractionDraft } from './extraction-draft-store.ts';

const ACCEPT = '.pdf,.html,.htm,.txt,.md,.docx,.csv,.tsv,.xlsx';

/** Documents to extract from: dropped or chosen, uploaded one after another, listed with their size. */
export function FileSources() {
  const { files, change } = useExtractionDraft();
  const upload = useUploadExtractFile();
  const [uploading, setUploading] = useState<{ name: string; fraction: number } | null>(null);

  const send = async (chosen: File[]) => {
    for (const file of chosen) {
      setUploading({ name: file.name, fraction: 0 });
      try {
        const stored = await upload.mutateAsync({
          file,
          onProgress: (fraction) => setUploading({ name: file.name, fraction }),
        });
        change({ files: [...useExtractionDraft.getState().files, stored] });
      } catch {
        break; // The error is shown below; the files after it are not sent.
      }
    }
    setUploading(null);
  };

  return (
    <div className="file-sources">
      <DropZone
        multiple
        onFiles={(chosen) => void send(chosen)}
        accept={ACCEPT}
        inputLabel="Documents to extract from"
        hint="PDF (with a text layer), web pages (.html), Word .docx, text, CSV or Excel .xlsx."
      />
      {uploading && (
        <ProgressBar label="Uploading" value={Math.round(uploading.fraction * 100)} max={100}>
          Uploading {uploading.name}… {Math.round(uploading.fraction * 100)}%
        </ProgressBar>
      )}
      {upload.isError && (
        <p className="field-error" role="alert">
          {errorText(upload.error)}
        </p>
      )}
      {files.length > 0 && (
        <ul className="file-sources__list" aria-label="Documents">
          {files.map((file) => (
            <li key={file.id} className="file-sources__file">
              <span className="file-sources__name">{file.name}</span>
              <span className="file-sources__size">{formatBytes(file.size)}</span>
              <button
                type="button"
                className="icon-button"
                aria-label={`Remove ${file.name}`}
                onClick={() => change({ files: files.filter((other) => other.id !== file.id) })}
              >
                <CloseIcon />
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
