// Placeholder until the virtualized grid lands: the plain first-rows table.
export { GridPlaceholder as Grid } from './grid-placeholder.tsx';
