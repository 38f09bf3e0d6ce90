/** The templates feature's public face: the gallery (mounted once by the frame) and how to open it. */

export { SaveTemplateButton } from './components/save-template-button.tsx';
export { TemplateGallery } from './components/template-gallery.tsx';
export { useTemplateGalleryStore } from './components/template-gallery-store.ts';
