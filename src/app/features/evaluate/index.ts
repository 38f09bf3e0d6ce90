/** Evaluating an AI column before it runs on every row: the section its settings panel shows. */
export { EvaluateSection } from './components/evaluate-section.tsx';
