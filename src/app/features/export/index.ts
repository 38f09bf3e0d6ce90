/** The export feature's public face: the toolbar menu. */
export { ExportMenu } from './components/export-menu.tsx';
