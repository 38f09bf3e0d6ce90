import type { AnyColumnConfig } from './column-config.ts';
import type { DataType, ValueKind } from './data-type.ts';
import { dataTypes } from './registry.ts';

interface TypedColumn {
  dataType: DataType;
  config?: AnyColumnConfig;
}

/** The type whose rules a column's values follow when read: its own, or its result type's (computed). */
export const valueTypeOf = (column: TypedColumn): DataType =>
  dataTypes[column.dataType].valueType?.(column.config ?? {}) ?? column.dataType;

/** What a column's values are to charts, filters and display text (see ValueKind); plain when undefined. */
export const valueKindOf = (column: TypedColumn): ValueKind | undefined =>
  dataTypes[valueTypeOf(column)].valueKind;
