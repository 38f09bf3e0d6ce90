// biome-ignore-all lint/a11y/useSemanticElements: an ARIA grid of divs; table elements cannot be virtualized both ways with sticky frozen columns.
// biome-ignore-all lint/a11y/useFocusableInteractive: cells get focus through aria-activedescendant on the grid, as the ARIA grid pattern allows.
import type { SortSpec } from '../../../../contract/rows.ts';
import type { ColumnWindow } from '../hooks/use-column-window.ts';
import { HeaderCell } from './header-cell.tsx';

export interface GridHeaderProps {
  columnWindow: ColumnWindow;
  gutterWidth: number;
  height: number;
  width: number;
  sorts: SortSpec[];
  onResize: (columnId: string, width: number) => void;
  onMove: (columnId: string, beforeColumnId: string, after: boolean) => void;
}

/** The header row, sticky at the top; frozen headers also stick to the left. */
export function GridHeader({
  columnWindow,
  gutterWidth,
  height,
  width,
  sorts,
  onResize,
  onMove,
}: GridHeaderProps) {
  const sortOf = (name: string) => sorts.find((sort) => sort.column === name)?.direction;
  return (
    <div role="rowgroup" className="grid-header" style={{ height, width }}>
      <div role="row" aria-rowindex={1} className="grid-header__row" style={{ height }}>
        <div role="columnheader" aria-colindex={1} className="grid-gutter grid-gutter--header">
          <span className="visually-hidden">Row number</span>
        </div>
        {columnWindow.frozen.map((gridColumn) => (
          <HeaderCell
            key={gridColumn.column.id}
            gridColumn={gridColumn}
            stickyLeft={gutterWidth + gridColumn.start}
            frozenEdge={gridColumn.index === columnWindow.frozen.length - 1}
            sorted={sortOf(gridColumn.column.name)}
            onResize={onResize}
            onMove={onMove}
          />
        ))}
        {columnWindow.padStart > 0 && <div className="grid-pad" style={{ width: columnWindow.padStart }} />}
        {columnWindow.scrolling.map((gridColumn) => (
          <HeaderCell
            key={gridColumn.column.id}
            gridColumn={gridColumn}
            stickyLeft={undefined}
            frozenEdge={false}
            sorted={sortOf(gridColumn.column.name)}
            onResize={onResize}
            onMove={onMove}
          />
        ))}
        {columnWindow.padEnd > 0 && <div className="grid-pad" style={{ width: columnWindow.padEnd }} />}
      </div>
    </div>
  );
}
