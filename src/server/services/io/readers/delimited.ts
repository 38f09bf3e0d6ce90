import { parse } from 'csv-parse';
import { drain } from './drain.ts';
import { type RawRecord, where } from './raw-record.ts';
import { bomLength, openText } from './text-stream.ts';

/** A runaway quoted field (a quote never closed) stops growing here instead of filling memory. */
const MAX_RECORD_CHARS = 64 * 1024 * 1024;
/** After this many unreadable stretches the file is taken to be something else than CSV. */
const MAX_RESTARTS = 1_000;

const RECOVERABLE = new Set(['CSV_QUOTE_NOT_CLOSED', 'CSV_MAX_RECORD_SIZE', 'RUNAWAY_QUOTE']);

/**
 * CSV or TSV records, with csv-parse. Quotes inside unquoted fields (`5" screen`) and text after a
 * closing quote are kept as written; short and long rows pass as they are (the caller pads them or
 * adds columns). A quoted field that never closes would swallow the rest of the file, or the lines up
 * to the next stray quote: instead, its line is reported and left out, and reading starts again on
 * the line after it. A record is taken to be such a runaway when it spans several lines and has not
 * as many fields as the header, or keeps its opening quote (which the parser does when a stray quote
 * later "closes" it): a real multi-line field, an address say, keeps the record's shape and loses its quotes.
 */
const runaway = (record: string[], width: number): boolean =>
  record.length !== width || record.some((field) => field.startsWith('"') && /[\r\n]/.test(field));

export async function* readDelimited(
  path: string,
  encoding: string,
  delimiter: string,
): AsyncGenerator<RawRecord[]> {
  const bom = await bomLength(path);
  let skip = 0;
  let pending: number | undefined;
  let width: number | undefined;
  for (let restarts = 0; restarts <= MAX_RESTARTS; restarts++) {
    const { text, skipper } = openText(path, encoding, bom, skip);
    const parser = text.pipe(
      parse({
        delimiter,
        relax_quotes: true,
        relax_column_count: true,
        skip_empty_lines: true,
        max_record_size: MAX_RECORD_CHARS,
        info: true,
      }),
    );
    let lastLine = skip;
    const report = (): RawRecord | undefined => {
      if (pending === undefined) return undefined;
      const line = pending;
      pending = undefined;
      return {
        kind: 'error',
        line,
        message: `A quoted field${where(line)} is never closed; that line was left out: ${skipper.lastSkipped.trim()}`,
      };
    };
    // Records read before a runaway quote is found are handed on before reading starts again.
    let out: RawRecord[] = [];
    try {
      for await (const chunk of drain<{ record: string[]; info: { lines: number } }>(parser)) {
        for (const { record, info } of chunk) {
          const line = skip + info.lines;
          if (line - lastLine > 1 && width !== undefined && runaway(record, width)) {
            throw Object.assign(new Error('A quoted field runs over several lines'), {
              code: 'RUNAWAY_QUOTE',
            });
          }
          width ??= record.length;
          const error = report();
          if (error) out.push(error);
          lastLine = line;
          out.push({ kind: 'cells', line, cells: record });
        }
        yield out;
        out = [];
      }
      const error = report();
      if (error) yield [error];
      return;
    } catch (error) {
      text.destroy();
      const code = (error as { code?: string }).code;
      if (!code || !RECOVERABLE.has(code)) throw error;
      const late = report();
      if (late) out.push(late);
      if (out.length > 0) yield out;
      pending = lastLine + 1;
      skip = pending;
    }
  }
  yield [
    {
      kind: 'error',
      message: `More than ${MAX_RESTARTS} lines with unclosed quotes; the rest of the file was left out`,
    },
  ];
}
