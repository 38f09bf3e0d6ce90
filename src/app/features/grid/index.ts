/** The grid feature: the table as a virtualized spreadsheet. Mount as `<Grid table={table} />`. */
export { Grid } from './components/grid.tsx';
export { usePickedRows } from './hooks/use-picked-rows.ts';
