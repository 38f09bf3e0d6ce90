import { cellApi } from './cells.ts';
import { columnApi } from './columns.ts';
import { rowApi } from './rows.ts';
import { tableApi } from './tables.ts';

/** Every declared route by resource: what the server must mount and the client may call. */
export const declaredRoutes = { tables: tableApi, columns: columnApi, rows: rowApi, cells: cellApi };
