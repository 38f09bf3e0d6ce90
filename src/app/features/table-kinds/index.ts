export { hasOwnKind, KindColumnPanel } from './components/kind-column-panel.tsx';
