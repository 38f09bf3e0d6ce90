/** The row panel feature: one row's fields as a form, for a new row or an existing one. */
export { RowPanel } from './components/row-panel.tsx';
