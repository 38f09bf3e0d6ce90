/** The runs feature: the run menu and progress above the grid, and the side panel of a table's AI runs. */
export { RunMenu } from './components/run-menu.tsx';
export { RunProgress } from './components/run-progress.tsx';
export { RunsPanel } from './components/runs-panel.tsx';
