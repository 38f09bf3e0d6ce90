/** The history feature: the side panel with a table's or a row's changes. */
export { HistoryPanel } from './components/history-panel.tsx';
