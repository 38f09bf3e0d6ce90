import { ValidationError } from '../../services/store/errors.ts';

/**
 * A service's error paths in the request's own terms: our `columns[2].config.prompt` is the client's
 * `column_configs[2].value.prompt`, a column's `name` its `key`.
 */
export async function inColumnConfigTerms<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    const path = (text: string) =>
      text
        .replace(/^columns\[/, 'column_configs[')
        .replace(/\.config\./, '.value.')
        .replace(/\.name$/, '.key');
    throw new ValidationError(
      error.message,
      error.details.map((detail) => ({ ...detail, path: path(detail.path) })),
    );
  }
}
