import type { DataType } from '../../../../contract/data-types/index.ts';
import { appColumnTypes } from '../../../column-types/index.ts';

/** The type of a column as a small glyph, named for screen readers. */
export function TypeIcon({ dataType }: { dataType: DataType }) {
  return (
    <span className="grid-type-icon" role="img" aria-label={dataType} title={dataType}>
      {appColumnTypes[dataType].glyph}
    </span>
  );
}
