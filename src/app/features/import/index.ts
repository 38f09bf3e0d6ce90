/** The import feature's public face: the wizard (mounted once by the frame) and the ways to open it. */
export { ImportButton } from './components/import-button.tsx';
export { ImportWizard } from './components/import-wizard.tsx';
export { useImportWizardStore } from './components/import-wizard-store.ts';
