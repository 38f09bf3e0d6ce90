import type { MouseEvent } from 'react';
import type { AiKind } from '../../../contract/ai/config.ts';
import { isAiColumn } from '../../../contract/column-of.ts';
import { navigate, routePath } from '../../lib/router.ts';
import type { CellRenderer } from './cell-renderer.ts';

/** Opens the people table in the app (a plain link for a new tab or window). */
function openTable(event: MouseEvent<HTMLAnchorElement>, tableId: string) {
  if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
  event.preventDefault();
  navigate({ name: 'table', tableId });
}

/**
 * A people finder's cell: how many people it found, as a link to its people table (where each person
 * is a row pointing back to this company). Before its first run the column has no table yet.
 */
const peopleFinderCell: CellRenderer = {
  render: ({ value, column }) => {
    if (!Array.isArray(value)) return null;
    const count = `${value.length} ${value.length === 1 ? 'person' : 'people'}`;
    const tableId = isAiColumn(column) ? column.config.peopleTableId : undefined;
    if (!tableId) return <span>{count}</span>;
    return (
      <a
        className="grid-cell__link"
        href={routePath({ name: 'table', tableId })}
        tabIndex={-1}
        title="Open the people table"
        onClick={(event) => openTable(event, tableId)}
        onDoubleClick={(event) => event.stopPropagation()}
      >
        {count} →
      </a>
    );
  },
};

/** A company profile shows what the company does; the whole profile is in the row panel. */
const companyProfileCell: CellRenderer = {
  render: ({ value }) => {
    if (!value || typeof value !== 'object') return null;
    const profile = value as Record<string, unknown>;
    const text = [profile.industry, profile.description].filter((part) => typeof part === 'string' && part);
    return <span title={JSON.stringify(profile, null, 2)}>{text.join(' · ')}</span>;
  },
};

/** Cells of the AI kinds that show their value their own way. */
export const kindCells: Partial<Record<AiKind, CellRenderer>> = {
  company_people_finder: peopleFinderCell,
  company_profile: companyProfileCell,
};
