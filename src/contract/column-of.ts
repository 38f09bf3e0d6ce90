import type { Column } from './columns.ts';
import type { ColumnConfigOf, DataType, OptionColor } from './data-types/index.ts';

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
 * A type guard for columns of type `T` (or of any of several types), for `find`, `filter` and `if`:
 * `columns.filter(isColumnOf('ai'))` is `AiColumn<ColumnMeta>[]`; `isColumnOf('select', 'multiselect')`
 * gives a column whose config is either type's settings (fields both have can be read).
 */
export const isColumnOf =
  <T extends DataType>(...types: [T, ...T[]]) =>
  <C extends Typed>(column: C): column is ColumnOf<T, C> =>
    types.some((type) => type === column.dataType);

/** The guard for AI columns: `columns.filter(isAiColumn)`, `if (isAiColumn(column))`. */
export const isAiColumn = isColumnOf('ai');

/** Columns with a list of options: select and multiselect. */
export const hasOptions = isColumnOf('select', 'multiselect');

/** A select's or multiselect's options; none for a column of another type. */
export const optionsOf = (column: Column): string[] | undefined =>
  hasOptions(column) ? column.config.options : undefined;

/** Columns whose values are shown as coloured chips: options (select, multiselect) and AI labels. */
export const hasOptionColors = isColumnOf('select', 'multiselect', 'ai');

/** The colours chosen for a column's options or labels, by option; none for a column of another type. */
export const optionColorsOf = (column: Column): Record<string, OptionColor> =>
  (hasOptionColors(column) ? column.config.optionColors : undefined) ?? {};
