import type { APIRequestContext } from '@playwright/test';

/** A column as the create-table API takes it. */
export interface SeedColumn {
  name: string;
  displayName?: string;
  dataType: string;
  config?: Record<string, unknown>;
}

/** The columns most grid tests use: one of each common type. */
const PEOPLE_COLUMNS: SeedColumn[] = [
  { name: 'name', displayName: 'Name', dataType: 'text' },
  { name: 'age', displayName: 'Age', dataType: 'number' },
  { name: 'city', displayName: 'City', dataType: 'select', config: { options: ['Paris', 'Oslo', 'Rome'] } },
  { name: 'member', displayName: 'Member', dataType: 'boolean' },
  { name: 'email', displayName: 'Email', dataType: 'email' },
];

/** Creates a table through the API and returns its id. */
export async function createTable(
  request: APIRequestContext,
  name: string,
  columns: SeedColumn[] = PEOPLE_COLUMNS,
): Promise<string> {
  const response = await request.post('/api/tables', { data: { name, columns } });
  if (!response.ok()) throw new Error(`create table: ${response.status()} ${await response.text()}`);
  return ((await response.json()) as { id: string }).id;
}

/** Inserts rows in batches of 1000 (the API's limit), one request after another. */
export async function insertRows(
  request: APIRequestContext,
  tableId: string,
  rows: Record<string, unknown>[],
): Promise<void> {
  for (let start = 0; start < rows.length; start += 1000) {
    const batch = rows.slice(start, start + 1000).map((data) => ({ data }));
    const response = await request.post(`/api/tables/${tableId}/rows`, { data: { rows: batch } });
    if (!response.ok()) throw new Error(`insert rows: ${response.status()} ${await response.text()}`);
  }
}

/** `count` people named Person 1..count with predictable values. */
export function people(count: number): Record<string, unknown>[] {
  const cities = ['Paris', 'Oslo', 'Rome'];
  return Array.from({ length: count }, (_, i) => ({
    name: `Person ${i + 1}`,
    age: 20 + (i % 50),
    city: cities[i % 3],
    member: i % 2 === 0,
    email: `person${i + 1}@example.com`,
  }));
}

/** Reads one row's data straight from the API, to check what the server holds. */
export async function rowData(request: APIRequestContext, tableId: string, offset: number) {
  const response = await request.get(`/api/tables/${tableId}/rows?limit=1&offset=${offset}`);
  const [row] = (await response.json()) as { data: Record<string, unknown> }[];
  return row?.data;
}
