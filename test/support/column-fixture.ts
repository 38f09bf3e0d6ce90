import type { Column } from '../../src/contract/columns.ts';
import type { AnyColumnConfig } from '../../src/contract/data-types/index.ts';

/**
 * A column as the API returns it, for unit tests that need one without a server. Its config is given
 * as the API carries it (any type's fields): narrow the column (isColumnOf) to read its type's settings.
 */
export const columnFixture = (
  name: string,
  dataType: Column['dataType'],
  config: AnyColumnConfig = {},
): Column => ({
  id: `c-${name}`,
  tableId: 't',
  name,
  displayName: name,
  dataType,
  position: 0,
  required: false,
  defaultValue: null,
  config,
  createdAt: '2026-04-03T10:00:00.000Z',
  updatedAt: '2026-04-03T10:00:00.000Z',
});
