/** The cell detail feature: one AI cell's prompt, answer, error and cost, as a side panel. */
export { CellDetailPanel } from './components/cell-detail-panel.tsx';
