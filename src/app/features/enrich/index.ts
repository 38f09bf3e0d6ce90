/** The enrichment feature: the side panel with a plan, its preview, the run and the history. */
export { EnrichPanel } from './components/enrich-panel.tsx';
