/**
 * Where every value an import refused downloads as CSV. The browser fetches it itself (a link with
 * `download`), so a million refused values stream to disk without passing through the page.
 */
export const importErrorsUrl = (importId: string): string =>
  `/api/imports/${encodeURIComponent(importId)}/errors`;
