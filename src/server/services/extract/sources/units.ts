/** A piece of a source that is never split between chunks unless it alone is too big: an item, a paragraph. */
export interface Unit {
  text: string;
  /** Where it comes from, as people say it: "catalog.pdf p. 3", "prices.csv row 12". */
  origin: string;
}

/** An image for a vision model, with where it comes from ("scan.png", "catalog.pdf p. 4"). */
export interface SourceImage {
  /** The image as a data URL; a scanned page is drawn only when asked (estimates never ask). */
  load: () => Promise<string>;
  origin: string;
}

/**
 * What reading one source found: its units (or an image, for a vision model), and for the table's
 * files list its pages and problems.
 */
export interface SourceRead {
  units: Unit[];
  images?: SourceImage[];
  pages?: number;
  skippedPages?: number[];
  /** Why those pages were skipped. */
  skippedReason?: string;
  error?: string;
}

/** Paragraphs of a text (blank-line separated), each with this origin; empty ones dropped. */
export const paragraphs = (text: string, origin: string): Unit[] =>
  text
    .split(/\n\s*\n/)
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => ({ text: part, origin }));
