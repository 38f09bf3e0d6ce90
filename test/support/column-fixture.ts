import type { Column } from '../../src/contract/columns.ts';

/** A column as the API returns it, for unit tests that need one without a server. */
export const columnFixture = (name: string, dataType: Column['dataType']): Column => ({
  id: `c-${name}`,
  tableId: 't',
  name,
  displayName: name,
  dataType,
  position: 0,
  required: false,
  defaultValue: null,
  config: {},
  createdAt: '2026-04-03T10:00:00.000Z',
  updatedAt: '2026-04-03T10:00:00.000Z',
});
