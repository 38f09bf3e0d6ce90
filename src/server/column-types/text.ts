import { MAX_TEXT_LENGTH } from '../../contract/data-types/text.ts';
import type { FileReading, ServerColumnType } from './column-type.ts';
import { textStorage } from './storage-types.ts';

const storage = textStorage((expr) => expr);

/**
 * A file's text is kept as written (not trimmed); its other values as their text, objects as JSON.
 * Only length and NUL are checked: any text is text.
 */
const file: FileReading<'text' | 'markdown'> = {
  fromText: (text) => text,
  fromValue: (value) => (typeof value === 'object' ? JSON.stringify(value) : String(value)),
  refuse: (value) => {
    const text = value as string;
    if (text.length > MAX_TEXT_LENGTH)
      return `Text is longer than ${MAX_TEXT_LENGTH.toLocaleString('en')} characters`;
    return text.includes('\u0000') ? 'Text cannot contain the NUL character (\\u0000)' : undefined;
  },
};

/** Text: stored as is; what no other type fits is imported as text. */
export const textColumn: ServerColumnType<'text'> = {
  storage: () => storage,
  file,
  enrich: { format: () => 'text' },
  namesOrganisations: true,
};

/** Markdown: text in storage, filtered and sorted as text; never inferred (any text could be Markdown). */
export const markdownColumn: ServerColumnType<'markdown'> = { storage: () => storage, file };
