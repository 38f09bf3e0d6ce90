import { z } from 'zod';
import { ColumnConfig, type ColumnConfigOf, DataType } from './data-types/index.ts';

/**
 * `Shape` with its dataType and config as one type's: a union over the types, keyed by dataType, each
 * member's config that type's settings alone. Code narrows a column (contract/column-of.ts) before it
 * reads a type's field; the zod schemas (and the wire) stay flat.
 */
type KeyedByType<Shape, Optional extends boolean> = {
  [T in DataType]: Omit<Shape, 'dataType' | 'config'> & { dataType: T } & (Optional extends true
      ? { config?: ColumnConfigOf<T> }
      : { config: ColumnConfigOf<T> });
}[DataType];

/**
 * Names every JavaScript object already has (`__proto__`, `constructor`, `toString`, ...): a row's data
 * keyed by one would read the inherited member where the cell is empty, so no column is named so.
 */
const INHERITED_NAMES = new Set(Object.getOwnPropertyNames(Object.prototype));
export const isReservedColumnName = (name: string): boolean => INHERITED_NAMES.has(name);

export const ColumnName = z
  .string()
  .min(1)
  .max(64)
  .refine((name) => !isReservedColumnName(name), {
    message: 'This name is reserved (every JavaScript object has a property of that name): choose another',
  })
  .describe('Column key, unique per table');
export const DisplayName = z.string().min(1).max(128);

/** A column definition as given when creating a table or adding a column. */
export const ColumnDef = z
  .object({
    name: ColumnName,
    displayName: DisplayName.optional().describe('Defaults to name'),
    dataType: DataType,
    position: z.number().int().min(0).optional(),
    required: z.boolean().optional(),
    defaultValue: z.string().max(100_000).nullable().optional().describe('Default for new rows, as text'),
    config: ColumnConfig.optional(),
  })
  .meta({ id: 'ColumnDef' });
export type ColumnDef = KeyedByType<z.infer<typeof ColumnDef>, true>;

/** Adding a column: the Tables API requires displayName here. */
export const AddColumnInput = ColumnDef.extend({ displayName: DisplayName }).meta({ id: 'AddColumnInput' });
export type AddColumnInput = KeyedByType<z.infer<typeof AddColumnInput>, true>;

export const Column = z
  .object({
    id: z.string(),
    tableId: z.string(),
    name: z.string(),
    displayName: z.string(),
    dataType: DataType,
    position: z.number().int(),
    required: z.boolean(),
    defaultValue: z.string().nullable(),
    config: ColumnConfig,
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'Column' });
export type Column = KeyedByType<z.infer<typeof Column>, false>;

/** Changing a column: rename, change type (existing values are converted), change config. */
export const UpdateColumnInput = ColumnDef.omit({ position: true })
  .partial()
  .meta({ id: 'UpdateColumnInput' });
export type UpdateColumnInput = z.infer<typeof UpdateColumnInput>;

export const ReorderColumnsInput = z
  .object({ columnIds: z.array(z.string()).min(1).max(1000) })
  .meta({ id: 'ReorderColumnsInput' });
export type ReorderColumnsInput = z.infer<typeof ReorderColumnsInput>;

/** What a type change did to existing values. */
export const UpdateColumnResult = Column.extend({
  conversion: z
    .object({ converted: z.number().int(), cleared: z.number().int() })
    .optional()
    .describe('On a type change: values kept, and values that could not be converted and were cleared'),
}).meta({ id: 'UpdateColumnResult' });
export type UpdateColumnResult = z.infer<typeof UpdateColumnResult>;
