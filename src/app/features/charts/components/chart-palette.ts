/**
 * Series colours, written out rather than taken from CSS variables: an exported SVG or PNG carries
 * no stylesheet, and it must look like the chart on screen.
 */
export const PALETTE = [
  '#4f46e5',
  '#0ea5e9',
  '#f59e0b',
  '#10b981',
  '#ef4444',
  '#8b5cf6',
  '#ec4899',
  '#64748b',
];
export const AXIS_COLOR = '#676b76';
export const GRID_COLOR = '#e4e5ea';

export const colorAt = (index: number): string => PALETTE[index % PALETTE.length] as string;
