/** Relation columns in the app: the labels of linked rows and the search behind the picker. */
export { useLinkLabels } from './api/link-labels.ts';
export { useLinkSearch } from './api/search-links.ts';
