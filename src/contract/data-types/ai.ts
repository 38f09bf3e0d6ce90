import { z } from 'zod';
import { type AiConfig, AiConfigFields } from '../ai/config.ts';
import { formatOf, outputFormats } from '../ai/formats.ts';
import type { DataTypeDefinition } from './data-type.ts';
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
};
