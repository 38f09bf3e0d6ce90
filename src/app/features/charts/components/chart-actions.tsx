import { type RefObject, useState } from 'react';
import { PencilIcon, TrashIcon } from '../../../components/icons.tsx';
import { exportPng, exportSvg } from './chart-export.ts';

interface ChartActionsProps {
  title: string;
  /** The element the chart is drawn in, for export. */
  drawing: RefObject<HTMLDivElement | null>;
  onEdit?: () => void;
  onDelete?: () => void;
}

/** A chart's buttons: export as PNG or SVG, edit, delete (asking first). */
export function ChartActions({ title, drawing, onEdit, onDelete }: ChartActionsProps) {
  const [confirming, setConfirming] = useState(false);
  const current = () => drawing.current;
  if (confirming) {
    return (
      <div className="chart-card__actions">
        <span>Delete this chart?</span>
        <button type="button" className="button button--danger button--small" onClick={onDelete}>
          Delete
        </button>
        <button
          type="button"
          className="button button--ghost button--small"
          onClick={() => setConfirming(false)}
        >
          Keep
        </button>
      </div>
    );
  }
  return (
    <div className="chart-card__actions">
      <button
        type="button"
        className="button button--ghost button--small"
        aria-label={`Export ${title} as PNG`}
        onClick={() => {
          const el = current();
          if (el) void exportPng(el, title);
        }}
      >
        PNG
      </button>
      <button
        type="button"
        className="button button--ghost button--small"
        aria-label={`Export ${title} as SVG`}
        onClick={() => {
          const el = current();
          if (el) exportSvg(el, title);
        }}
      >
        SVG
      </button>
      {onEdit && (
        <button
          type="button"
          className="icon-button"
          aria-label={`Edit ${title}`}
          title="Edit"
          onClick={onEdit}
        >
          <PencilIcon />
        </button>
      )}
      {onDelete && (
        <button
          type="button"
          className="icon-button icon-button--danger"
          aria-label={`Delete ${title}`}
          title="Delete"
          onClick={() => setConfirming(true)}
        >
          <TrashIcon />
        </button>
      )}
    </div>
  );
}
