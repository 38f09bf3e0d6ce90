import type { ServerColumnType } from './column-type.ts';
import { parses } from './parses.ts';
import { matching, textStorage } from './storage-types.ts';

const urlStorage = textStorage(matching('^https?://[^\\s]+$'));
const emailStorage = textStorage(matching('^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$'));

export const urlColumn: ServerColumnType<'url'> = {
  storage: () => urlStorage,
  infer: { rank: 4, fits: parses('url') },
  enrich: { format: () => 'url', research: true },
  namesOrganisations: true,
};

export const emailColumn: ServerColumnType<'email'> = {
  storage: () => emailStorage,
  infer: { rank: 5, fits: parses('email') },
  enrich: { format: () => 'email', research: true },
};
