import { z } from 'zod';
import type { DataType } from './data-type.ts';
import { type DefinedType, dataTypes } from './registry.ts';

type Definitions = typeof dataTypes;
type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void
  ? I
  : never;

/** The settings of one type's column: `ColumnConfigOf<'select'>` has `options` and no formula. */
export type ColumnConfigOf<T extends DataType> = z.infer<Definitions[T]['settings']>;

/**
 * A column's config as the API carries it (Tables API Column Config Reference): one object with every
 * type's fields, each optional, unknown fields kept. Each field is declared once, in its type's settings
 * (data-types/<type>.ts); this merges them. The wire stays flat so a client that changes a column's
 * type, or sends a field another type reads, is not refused; code that needs to know which fields a
 * type has narrows through TypedColumnConfig or ColumnConfigOf.
 */
export const ColumnConfig = z
  .object(
    Object.assign({}, ...Object.values(dataTypes).map((type) => type.settings.shape)) as UnionToIntersection<
      Definitions[DefinedType]['settings']['shape']
    >,
  )
  .loose()
  .meta({ id: 'ColumnConfig' });

/**
 * Any column's config, whatever its type: the flat wire type (`ColumnConfig` is its schema). For code
 * that handles every type's config alike without reading one type's settings: storage (a type's SQL
 * type, text in and out), copying a column, carrying a config across a type change, the fields a /v1
 * client sent, a draft whose type is still being chosen. A column's own `config` is its type's settings
 * (`ColumnConfigOf<T>`), which widens to this without a cast; code that reads a type's fields narrows
 * the column first (`isColumnOf`, `isAiColumn` in contract/column-of.ts).
 */
export type AnyColumnConfig = z.infer<typeof ColumnConfig>;

/**
 * A column's type and config as one value, discriminated by `dataType`: narrowing on the type gives
 * that type's settings. Parsing drops fields other types read (the API keeps them, see ColumnConfig).
 */
export type TypedColumnConfig = { [T in DataType]: { dataType: T; config: ColumnConfigOf<T> } }[DataType];
export const TypedColumnConfig = z.discriminatedUnion(
  'dataType',
  Object.entries(dataTypes).map(([dataType, type]) =>
    z.object({ dataType: z.literal(dataType), config: type.settings }),
  ) as unknown as [z.ZodObject, ...z.ZodObject[]],
) as unknown as z.ZodType<TypedColumnConfig>;
