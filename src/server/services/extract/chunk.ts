import type { Unit } from './sources/units.ts';

/** A piece of the sources sent to the model in one call. */
export interface Chunk {
  text: string;
  /** "catalog.pdf p. 3" or "catalog.pdf p. 3 – catalog.pdf p. 4". */
  origin: string;
}

export interface ChunkOptions {
  /** Characters per chunk at most (a single unit larger than this is cut at lines, then anywhere). */
  maxChars: number;
  /** Trailing units of a chunk, up to this many characters, start the next one too. */
  overlapChars: number;
}

/**
 * A unit too big for one chunk becomes its lines, each a unit (so chunks still break between lines and
 * overlap by lines); a line too long is cut at maxChars.
 */
function splitOversized(unit: Unit, maxChars: number): Unit[] {
  if (unit.text.length <= maxChars) return [unit];
  return unit.text.split('\n').flatMap((line) => {
    if (line.trim() === '') return [];
    const pieces: Unit[] = [];
    for (let start = 0; start < line.length; start += maxChars)
      pieces.push({ text: line.slice(start, start + maxChars), origin: unit.origin });
    return pieces;
  });
}

const marker = (origin: string) => `[${origin}]`;

/** The chunk's text: units separated by blank lines, with the origin marked where it changes. */
function render(units: Unit[]): Chunk {
  let origin = '';
  const parts: string[] = [];
  for (const unit of units) {
    if (unit.origin !== origin) parts.push(marker(unit.origin));
    origin = unit.origin;
    parts.push(unit.text);
  }
  const first = units[0]?.origin ?? '';
  const last = units.at(-1)?.origin ?? '';
  return { text: parts.join('\n\n'), origin: first === last ? first : `${first} – ${last}` };
}

/**
 * Groups units into chunks of at most maxChars, never splitting a unit (an item, a paragraph, a page's
 * paragraph) unless it alone is too big. Each chunk after the first starts with the previous chunk's
 * last units (up to overlapChars): an item cut at the boundary is seen whole once, and the merge
 * (merge.ts) counts an item seen twice once.
 */
export function chunkUnits(units: Unit[], options: ChunkOptions): Chunk[] {
  const chunks: Chunk[] = [];
  let current: Unit[] = [];
  let size = 0;
  let fresh = 0;
  for (const unit of units.flatMap((candidate) => splitOversized(candidate, options.maxChars))) {
    if (fresh > 0 && size + unit.text.length + 2 > options.maxChars) {
      chunks.push(render(current));
      const overlap: Unit[] = [];
      let overlapSize = 0;
      for (let index = current.length - 1; index >= 0; index--) {
        const previous = current[index] as Unit;
        if (overlapSize + previous.text.length > options.overlapChars) break;
        if (overlapSize + previous.text.length + unit.text.length + 2 > options.maxChars) break;
        overlap.unshift(previous);
        overlapSize += previous.text.length + 2;
      }
      current = overlap;
      size = overlapSize;
      fresh = 0;
    }
    current.push(unit);
    size += unit.text.length + 2;
    fresh++;
  }
  if (fresh > 0) chunks.push(render(current));
  return chunks;
}

const squeeze = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * Where in a chunk an item was read: the origin marked before the text its excerpt quotes ("catalog.pdf
 * p. 4" rather than the chunk's "catalog.pdf p. 3 – catalog.pdf p. 5"). Spacing and case aside, the
 * excerpt's start is looked for; the chunk's origin when it is not found (a model that paraphrased).
 * The chunk's sections are read once, for all its items.
 */
export function originFinder(chunk: Chunk): (excerpt: string) => string {
  const sections: Array<{ origin: string; text: string }> = [];
  let origin = chunk.origin;
  let parts: string[] = [];
  const close = () => {
    if (parts.length > 0) sections.push({ origin, text: squeeze(parts.join('\n')) });
  };
  for (const part of chunk.text.split('\n\n')) {
    const named = /^\[(.+)\]$/.exec(part);
    if (named?.[1] === undefined) parts.push(part);
    else {
      close();
      origin = named[1];
      parts = [];
    }
  }
  close();
  return (excerpt) => {
    const wanted = squeeze(excerpt).slice(0, 80);
    if (wanted === '') return chunk.origin;
    return sections.find((section) => section.text.includes(wanted))?.origin ?? chunk.origin;
  };
}

/** Where in a chunk one item was read (originFinder, for one item). */
export const itemOrigin = (chunk: Chunk, excerpt: string): string => originFinder(chunk)(excerpt);
