import { z } from 'zod';
import { type DataTypeDefinition, noSettings } from './data-type.ts';

/** An image by its http(s) address; the server never fetches it, the browser shows it. */
const imageUrl = z.url({ protocol: /^https?$/, error: 'Expected an http(s) image URL' }).max(4096);

/** Addresses in text: separated by commas, spaces or line breaks (a URL has none of them unescaped). */
const splitUrls = (text: string): string[] => text.split(/[\s,]+/).filter(Boolean);

export const imageType: DataTypeDefinition<typeof noSettings> = {
  settings: noSettings,
  valueSchema: () => imageUrl,
  parseText: (text) => (imageUrl.safeParse(text.trim()).success ? text.trim() : undefined),
  writable: true,
};

/** Several images, in order; typed as addresses separated by commas or spaces. */
export const imagesType: DataTypeDefinition<typeof noSettings> = {
  settings: noSettings,
  valueSchema: () => z.array(imageUrl).max(100),
  parseText: (text) => {
    const urls = splitUrls(text);
    return urls.length > 0 && urls.every((url) => imageUrl.safeParse(url).success) ? urls : undefined;
  },
  unreadableText: 'Expected http(s) image URLs, separated by commas',
  writable: true,
  valueKind: 'list',
};
