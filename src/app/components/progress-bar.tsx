import type { ReactNode } from 'react';
import './progress-bar.css';

interface ProgressBarProps {
  /** What progresses, for screen readers: "Uploading", "Extracting". */
  label: string;
  value: number;
  max: number;
  /** The words over the bar: "40% · 12 rows". */
  children: ReactNode;
}

/** A progress bar with its words written over it. */
export function ProgressBar({ label, value, max, children }: ProgressBarProps) {
  const fraction = max > 0 ? Math.min(1, value / max) : 0;
  return (
    <div
      className="progress"
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={max}
      aria-valuenow={value}
    >
      <div className="progress__bar" style={{ width: `${fraction * 100}%` }} />
      <span className="progress__label">{children}</span>
    </div>
  );
}
