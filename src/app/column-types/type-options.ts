import type { DataType } from '../../contract/data-types/index.ts';
import { appColumnTypes } from './index.ts';

/** Options for a type picker offering these types, in this order. */
export const typeOptions = (types: DataType[]): { value: DataType; label: string }[] =>
  types.map((value) => ({ value, label: appColumnTypes[value].label }));
