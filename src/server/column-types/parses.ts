import { type DataType, dataTypes } from '../../contract/data-types/index.ts';
import { asText } from './column-type.ts';

/** An inference test: the value is text that the contract's type reads (with default settings). */
export const parses =
  (type: DataType) =>
  (value: unknown): boolean => {
    const text = asText(value);
    return text !== undefined && dataTypes[type].parseText(text, {}) !== undefined;
  };
