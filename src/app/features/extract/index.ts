/** The extraction feature's public face: the dialog (mounted once by the frame), its opener, and what tables show. */
export { ExtractionBanner } from './components/extraction-banner.tsx';
export { useExtractionDraft } from './components/extraction-draft-store.ts';
export { NewExtractionDialog } from './components/new-extraction-dialog.tsx';
export { RowSource } from './components/row-source.tsx';
