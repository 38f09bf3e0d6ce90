import type { ServerColumnType } from './column-type.ts';
import { parses } from './parses.ts';
import { multiselectStorage } from './select.ts';
import { matching, textStorage } from './storage-types.ts';

/** An address whose path ends like an image file (a query string may follow). */
const IMAGE_PATH = /^https?:\/\/[^\s?#]+\.(png|jpe?g|gif|webp|avif|svg)([?#]\S*)?$/i;
const isImageUrl = (value: unknown): boolean =>
  parses('image')(value) && IMAGE_PATH.test(String(value).trim());

const imageStorage = textStorage(matching('^https?://[^\\s]+$'));

/**
 * An image is its address, stored as text: filters match and sorts order the address. The server
 * never fetches it (no thumbnails, no checks): the browser loads it, without a referrer.
 */
export const imageColumn: ServerColumnType<'image'> = {
  storage: () => imageStorage,
  // Before url: addresses of image files are images.
  infer: { rank: 3.5, fits: isImageUrl },
};

/** Several image addresses in a text array, as a multiselect without options stores its words. */
export const imagesColumn: ServerColumnType<'images'> = {
  storage: () => multiselectStorage(undefined),
  // Right after image (a column with one address per cell is an image column), before url and multiselect:
  // lists of image file addresses, as JSON arrays or comma-separated text, are images.
  infer: {
    rank: 3.6,
    fits: (value) => {
      const urls = Array.isArray(value)
        ? value
        : typeof value === 'string'
          ? value.split(/[\s,]+/).filter(Boolean)
          : [];
      return urls.length > 0 && urls.every(isImageUrl);
    },
  },
};
