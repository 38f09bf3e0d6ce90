import type { Column } from './columns.ts';
import type { ColumnConfigOf, DataType } from './data-types/index.ts';

/** Anything with a type and a config: a column, a column definition, a dependency rule's shape. */
type Typed = { dataType: string; config?: unknown };

/**
 * `C` (a Column by default) known to be of type `T`: its config typed as that type's settings, so
 * `ColumnOf<'ai'>` reads `config.prompt` as the AI settings declare it. A `C` whose config is optional
 * (a ColumnDef) keeps it optional.
 */
export type ColumnOf<T extends DataType, C extends Typed = Column> = C & {
  dataType: T;
} & (undefined extends C['config'] ? { config?: ColumnConfigOf<T> } : { config: ColumnConfigOf<T> });

/** An AI column (or AI column-like `C`): the engine, enrichment and learning take these. */
export type AiColumn<C extends Typed = Column> = ColumnOf<'ai', C>;

/**
 * A type guard for columns of type `T`, for `find`, `filter` and `if`:
 * `columns.filter(isColumnOf('ai'))` is `AiColumn<ColumnMeta>[]`.
 */
export const isColumnOf =
  <T extends DataType>(type: T) =>
  <C extends Typed>(column: C): column is ColumnOf<T, C> =>
    column.dataType === type;

/** The guard for AI columns: `columns.filter(isAiColumn)`, `if (isAiColumn(column))`. */
export const isAiColumn = isColumnOf('ai');
