import mammoth from 'mammoth';
import { paragraphs, type SourceRead } from './units.ts';

/** A Word document's text, paragraph by paragraph. */
export async function readDocx(bytes: Uint8Array, name: string): Promise<SourceRead> {
  const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
  return { units: paragraphs(value, name) };
}
