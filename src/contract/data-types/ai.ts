import { z } from 'zod';
import { type AiConfig, AiConfigFields, type OutputFormat } from '../ai/config.ts';
import { formatOf, outputFormats } from '../ai/formats.ts';
import type { DataType, DataTypeDefinition } from './data-type.ts';
import { optionColors } from './select.ts';

/** An AI column's settings: its prompt or kind, model, output format (ai/config.ts), and its labels' colours. */
const aiSettings = z.object({ ...AiConfigFields, optionColors });

/** Text typed or pasted into an AI cell, as the input its format's value schema reads. */
function textInput(text: string, config: AiConfig): unknown {
  const storage = outputFormats[formatOf(config)].storage;
  if (storage === 'array')
    return text
      .split(',')
      .map((part) => part.trim())
      .filter(Boolean);
  if (storage === 'json') {
    try {
      return JSON.parse(text);
    } catch {
      return text;
    }
  }
  return text;
}

/**
 * The type an answer in each format is read as: charts measure numbers and grades, bucket dates and
 * split labels as a select's; dates show as dates. Text and money answers stay the AI column's own.
 */
const FORMAT_VALUE_TYPES: Partial<Record<OutputFormat, DataType>> = {
  number: 'number',
  grade: 'number',
  date: 'date',
  label: 'select',
  multiselect: 'multiselect',
  url: 'url',
  email: 'email',
  phone: 'phone',
  json: 'json',
};

/**
 * AI columns: the engine fills their cells, people may overwrite a cell (which locks it). A value is
 * whatever the column's output format holds: text, a number, a date, labels, JSON, money.
 */
export const aiType: DataTypeDefinition<typeof aiSettings> = {
  settings: aiSettings,
  valueSchema: (config) => outputFormats[formatOf(config)].value(config),
  parseText: (text, config) => {
    if (text.trim() === '') return undefined;
    const parsed = outputFormats[formatOf(config)].value(config).safeParse(textInput(text, config));
    return parsed.success ? parsed.data : undefined;
  },
  writable: true,
  valueType: (config) => FORMAT_VALUE_TYPES[formatOf(config)],
};
