import { readDocx } from './docx.ts';
import { readHtml } from './html.ts';
import { kindOf } from './kinds.ts';
import { readPdf } from './pdf.ts';
import { readCsv, readXlsx } from './sheet.ts';
import { paragraphs, type SourceRead } from './units.ts';

export const NEEDS_VISION =
  'Images are read by a vision model, and extraction does not call one yet: convert the image to a PDF with a text layer (OCR) or paste its text';

/** Reads any supported source into units; a source that cannot be read comes back with its error. */
export async function readSource(bytes: Uint8Array, name: string, contentType?: string): Promise<SourceRead> {
  const kind = kindOf(bytes, name, contentType);
  const text = () => new TextDecoder().decode(bytes);
  try {
    switch (kind) {
      case 'pdf':
        return await readPdf(bytes, name);
      case 'html':
        return readHtml(text(), name);
      case 'docx':
        return await readDocx(bytes, name);
      case 'xlsx':
        return await readXlsx(bytes, name);
      case 'csv':
        return readCsv(text(), name);
      case 'text':
        return { units: paragraphs(text(), name) };
      case 'image':
        return { units: [], error: NEEDS_VISION };
      case 'unsupported':
        return {
          units: [],
          error:
            'Unsupported file type: send PDF, DOCX, XLSX, CSV, HTML or plain text (.doc and .xls: save as DOCX or XLSX)',
        };
    }
  } catch (error) {
    return { units: [], error: `Could not read ${name}: ${(error as Error).message}` };
  }
}
