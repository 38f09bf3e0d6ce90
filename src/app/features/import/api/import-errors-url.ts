import { importApi } from '../../../../contract/routes/imports.ts';
import { routeHref } from '../../../api/typed-client.ts';

/**
 * Where every value an import refused downloads as CSV. The browser fetches it itself (a link with
 * `download`), so a million refused values stream to disk without passing through the page.
 */
export const importErrorsUrl = (importId: string): string =>
  routeHref(importApi.errorsCsv, { params: { importId } });
