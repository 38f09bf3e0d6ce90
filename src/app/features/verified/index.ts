/** A column's verified cells, the answers its calls learn from: the section its settings panel shows. */
export { VerifiedSection } from './components/verified-section.tsx';
