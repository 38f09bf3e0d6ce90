/** The toolbar feature: search, filters, sorts, column visibility and density above the grid. */
export { Toolbar } from './toolbar.tsx';
