// AG Grid Community on the same table, for comparison: its infinite row model (the community
// edition's model for data too large to load) fetches 100-row blocks from our REST API, the way our
// grid does. The page and the library are served through Playwright routes on the server's own
// origin, so nothing is added to the server.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { COLUMNS } from './load-table.ts';

// The UMD bundle (it registers every community module); the package's exports do not list it.
const LIBRARY = readFileSync('node_modules/ag-grid-community/dist/ag-grid-community.min.js', 'utf8');

function pageHtml(tableId: string): string {
  const columns = COLUMNS.map((column, i) => ({
    field: column.name,
    headerName: column.displayName,
    width: 180,
    ...(i === 0 && { pinned: 'left' }),
  }));
  return `<!doctype html><meta charset="utf-8">
  <style>html, body { margin: 0; height: 100%; } #grid { height: 100vh; }</style>
  <div id="grid"></div>
  <script src="/bench/ag-grid-community.min.js"></script>
  <script>
    const tableId = ${JSON.stringify(tableId)};
    const toCell = (value) => (Array.isArray(value) ? value.join(', ') : value);
    agGrid.createGrid(document.getElementById('grid'), {
      columnDefs: ${JSON.stringify(columns)},
      rowModelType: 'infinite',
      cacheBlockSize: 100,
      rowHeight: 34,
      headerHeight: 36,
      datasource: {
        getRows: async (params) => {
          const limit = params.endRow - params.startRow;
          const response = await fetch('/api/tables/' + tableId + '/rows?offset=' + params.startRow + '&limit=' + limit);
          if (!response.ok) return params.failCallback();
          const rows = await response.json();
          const data = rows.map((row) => Object.fromEntries(Object.entries(row.data).map(([k, v]) => [k, toCell(v)])));
          params.successCallback(data, Number(response.headers.get('X-Total-Count')));
        },
      },
    });
  </script>`;
}

/** Opens AG Grid on the table and waits for its first rows; returns its vertical scroller. */
export async function openAgGrid(page: Page, baseUrl: string, tableId: string): Promise<string> {
  await page.route(`${baseUrl}/bench/ag-grid-community.min.js`, (route) =>
    route.fulfill({ body: LIBRARY, contentType: 'text/javascript' }),
  );
  await page.route(`${baseUrl}/bench/ag-grid.html`, (route) =>
    route.fulfill({ body: pageHtml(tableId), contentType: 'text/html' }),
  );
  await page.goto(`${baseUrl}/bench/ag-grid.html`);
  await page.waitForFunction(
    () => !!document.querySelector('.ag-row[row-index="0"] .ag-cell')?.textContent,
    null,
    { timeout: 30_000 },
  );
  return '.ag-grid-viewport';
}
