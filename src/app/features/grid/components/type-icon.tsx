import type { DataType } from '../../../../contract/data-types/index.ts';

/** A short glyph per type, shown before a column's name. */
const GLYPHS: Record<DataType, string> = {
  text: 'Aa',
  number: '#',
  boolean: '☑',
  date: '▦',
  select: '◉',
  multiselect: '☰',
  url: '↗',
  email: '@',
  computed: 'ƒ',
  relation: '⇄',
  ai: '✦',
};

/** The type of a column as a small glyph, named for screen readers. */
export function TypeIcon({ dataType }: { dataType: DataType }) {
  return (
    <span className="grid-type-icon" role="img" aria-label={dataType} title={dataType}>
      {GLYPHS[dataType]}
    </span>
  );
}
