import { useState } from 'react';
import './export-menu.css';
import type { ExportFormat } from '../../../../contract/exports.ts';
import type { Table } from '../../../../contract/tables.ts';
import { DownloadIcon } from '../../../components/icons.tsx';
import { Popover } from '../../../components/popover.tsx';
import { useTableView } from '../../../store/table-view-store.ts';
import { download } from '../../access/index.ts';
import { exportUrl } from '../api/export-url.ts';

const FORMATS: { value: ExportFormat; label: string; hint: string }[] = [
  { value: 'csv', label: 'CSV', hint: 'for spreadsheets and other tools' },
  { value: 'xlsx', label: 'Excel (.xlsx)', hint: 'up to 1,048,575 rows' },
  { value: 'json', label: 'JSON', hint: 'for programs: typed values' },
];

/** "Export" in the toolbar: a format, the whole table or the current view, then a download link. */
export function ExportMenu({ table }: { table: Table }) {
  const view = useTableView(table.id);
  const [format, setFormat] = useState<ExportFormat>('csv');
  const [onlyView, setOnlyView] = useState(false);
  const hidden = new Set(view.hiddenColumnIds);
  const visible = table.columns.filter((column) => !hidden.has(column.id)).map((column) => column.name);
  const narrowed =
    view.filters.length > 0 || view.sorts.length > 0 || view.search.trim() !== '' || hidden.size > 0;
  const href = exportUrl(
    table.id,
    format,
    onlyView
      ? { filters: view.filters, sorts: view.sorts, search: view.search, columns: visible }
      : undefined,
  );
  return (
    <Popover
      label="Export"
      align="end"
      button={
        <>
          <DownloadIcon />
          <span className="toolbar__collapsible-label">Export</span>
        </>
      }
      buttonLabel="Export"
    >
      {(close) => (
        <div className="export-menu">
          <fieldset className="export-menu__group">
            <legend className="export-menu__legend">Format</legend>
            {FORMATS.map((option) => (
              <label key={option.value} className="checkbox-row">
                <input
                  type="radio"
                  name="export-format"
                  checked={format === option.value}
                  onChange={() => setFormat(option.value)}
                />
                <span>{option.label}</span>
                <span className="checkbox-row__meta">{option.hint}</span>
              </label>
            ))}
          </fieldset>
          <fieldset className="export-menu__group">
            <legend className="export-menu__legend">Rows and columns</legend>
            <label className="checkbox-row">
              <input
                type="radio"
                name="export-scope"
                checked={!onlyView}
                onChange={() => setOnlyView(false)}
              />
              <span>The whole table</span>
            </label>
            <label className="checkbox-row">
              <input
                type="radio"
                name="export-scope"
                checked={onlyView}
                disabled={!narrowed}
                onChange={() => setOnlyView(true)}
              />
              <span>The current view</span>
              <span className="checkbox-row__meta">
                {narrowed ? 'filters, sorts, visible columns' : 'no filter or sort set'}
              </span>
            </label>
          </fieldset>
          <a
            className="button button--primary export-menu__download"
            href={href}
            download
            onClick={(event) => {
              // With an access token the address is signed first (a link cannot send the header).
              event.preventDefault();
              void download(href);
              close();
            }}
          >
            <DownloadIcon />
            Download
          </a>
        </div>
      )}
    </Popover>
  );
}
