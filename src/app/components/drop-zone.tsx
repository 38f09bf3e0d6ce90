import { type DragEvent, type ReactNode, useId, useRef, useState } from 'react';
import './drop-zone.css';
import { UploadIcon } from './icons.tsx';

interface DropZoneProps {
  /** The files dropped or chosen (one at most unless `multiple`). */
  onFiles: (files: File[]) => void;
  accept: string;
  multiple?: boolean;
  /** The hidden file input's label: "File to import". */
  inputLabel: string;
  /** What may be dropped: formats and sizes. */
  hint: ReactNode;
}

/** A region to drop files on, with a button that opens the file chooser instead. */
export function DropZone({ onFiles, accept, multiple = false, inputLabel, hint }: DropZoneProps) {
  const [dragging, setDragging] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const hintId = useId();
  const take = (list: FileList | null | undefined) => {
    const files = [...(list ?? [])];
    if (files.length > 0) onFiles(multiple ? files : files.slice(0, 1));
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    take(event.dataTransfer.files);
  };
  const noun = multiple ? 'files' : 'a file';
  return (
    <section
      className={`drop-zone${dragging ? ' drop-zone--over' : ''}`}
      aria-label={`Drop ${noun} here`}
      onDragOver={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      <UploadIcon />
      <p className="drop-zone__title">Drop {noun} here, or</p>
      <button type="button" className="button button--primary" onClick={() => input.current?.click()}>
        Choose {noun}
      </button>
      <input
        ref={input}
        type="file"
        accept={accept}
        multiple={multiple}
        className="visually-hidden"
        aria-label={inputLabel}
        aria-describedby={hintId}
        onChange={(event) => {
          take(event.target.files);
          event.target.value = '';
        }}
      />
      <p id={hintId} className="drop-zone__hint">
        {hint}
      </p>
    </section>
  );
}
