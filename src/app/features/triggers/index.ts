/** The triggers feature: the side panel listing a table's automations, with their form. */
export { TriggersPanel } from './components/triggers-panel.tsx';
