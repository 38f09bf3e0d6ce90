/** The charts feature: the side panel, and the card a chart is drawn in (the dashboard lays them out). */
export { useCharts } from './api/get-charts.ts';
export { useTableVersion } from './api/use-table-version.ts';
export { ChartCard } from './components/chart-card.tsx';
export { ChartsPanel } from './components/charts-panel.tsx';
