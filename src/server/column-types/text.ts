import { textStorage } from '../db/storage-types.ts';
import type { ServerColumnType } from './column-type.ts';

const storage = textStorage((expr) => expr);

/** Text: stored as is; what no other type fits is imported as text. */
export const textColumn: ServerColumnType<'text'> = { storage: () => storage };

/** Markdown: text in storage, filtered and sorted as text; never inferred (any text could be Markdown). */
export const markdownColumn: ServerColumnType<'markdown'> = { storage: () => storage };
