import type { ColumnDef } from '../../../../contract/columns.ts';
import type { AnyColumnConfig } from '../../../../contract/data-types/index.ts';
import type { TableKind } from '../../../../contract/tables.ts';
import type { V1ColumnKind, V1ConfigOf } from '../../../../contract/v1/column-configs.ts';

/** `Def` without its names, type by type (an Omit over the union would merge the types' configs). */
type Unnamed<Def> = Def extends unknown ? Omit<Def, 'name' | 'displayName'> : never;
/** A column definition but its names: what a kind maps a sent config to. */
export type UnnamedColumnDef = Unnamed<ColumnDef>;

/** What a kind's mapping may know of the table its column is created in. */
export interface V1TableContext {
  kind: TableKind;
  /** The keys of the table's input columns, in order: an agent whose prompt names none reads them. */
  inputKeys: string[];
}

/**
 * How one Extruct column kind becomes one of our columns. Each kind is one small module; the registry
 * (index.ts) maps every kind of the documents to one, and a new kind is a new module and one entry.
 */
export interface V1Kind<K extends V1ColumnKind> {
  /** Inputs are typed in; outputs are computed. The table status counts them apart. */
  role: 'input' | 'output';
  /** Our column: `key` is its name (what prompts and row data use), `name` its display name. */
  toColumn(config: V1ConfigOf<K>, table: V1TableContext): UnnamedColumnDef;
}

/** Where the config a client sent is kept inside our column's config, to be echoed back as sent. */
export const V1_CONFIG_KEY = 'v1';

/** The sent config, and the fields it was mapped to: the echo holds while those are unchanged. */
export interface KeptConfig {
  sent: unknown;
  mapped: AnyColumnConfig;
}

/** Our column config with the sent config kept beside the fields the engine reads. */
export const keepingSent = (config: AnyColumnConfig, sent: unknown): AnyColumnConfig => ({
  ...config,
  [V1_CONFIG_KEY]: { sent, mapped: config } satisfies KeptConfig,
});
