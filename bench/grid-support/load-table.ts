// Loads the benchmark table through the batch insert API: 12 columns of the common types.

const TABLE_NAME = 'Grid benchmark';
const CITIES = ['Paris', 'London', 'Berlin', 'Madrid', 'Rome', 'Oslo', 'Vienna', 'Prague'];
const TAGS = ['vip', 'new', 'churn risk', 'partner', 'trial'];

export const COLUMNS = [
  { name: 'name', displayName: 'Name', dataType: 'text' },
  { name: 'email', displayName: 'Email', dataType: 'email' },
  { name: 'company', displayName: 'Company', dataType: 'text' },
  { name: 'city', displayName: 'City', dataType: 'select', config: { options: CITIES } },
  { name: 'tags', displayName: 'Tags', dataType: 'multiselect', config: { options: TAGS } },
  { name: 'score', displayName: 'Score', dataType: 'number' },
  { name: 'revenue', displayName: 'Revenue', dataType: 'number' },
  { name: 'active', displayName: 'Active', dataType: 'boolean' },
  { name: 'signup', displayName: 'Signed up', dataType: 'date' },
  { name: 'website', displayName: 'Website', dataType: 'url' },
  { name: 'notes', displayName: 'Notes', dataType: 'text' },
  { name: 'owner', displayName: 'Owner', dataType: 'text' },
];

/** The row at position n (1-based), deterministic so every run loads the same table. */
export function makeRow(n: number) {
  return {
    data: {
      name: `Customer ${n}`,
      email: `customer${n}@example.com`,
      company: `Company ${n % 50_000}`,
      city: CITIES[n % CITIES.length],
      tags: [TAGS[n % TAGS.length]],
      score: (n * 7919) % 1000,
      revenue: ((n * 104_729) % 1_000_000) / 10,
      active: n % 3 !== 0,
      signup: new Date(Date.UTC(2020, 0, 1) + (n % 2000) * 86_400_000).toISOString(),
      website: `https://company${n % 50_000}.example.com`,
      notes: n % 2 ? `Met at the conference; follow up about plan ${n % 7}` : null,
      owner: `Owner ${n % 40}`,
    },
  };
}

async function post(url: string, body: unknown): Promise<unknown> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${url} answered ${response.status}: ${text.slice(0, 300)}`);
  return JSON.parse(text) as unknown;
}

/** Creates the table and inserts `total` rows, 1000 per request with `concurrency` in flight. */
export async function loadTable(baseUrl: string, total: number, concurrency: number): Promise<string> {
  const table = (await post(`${baseUrl}/api/tables`, { name: TABLE_NAME, columns: COLUMNS })) as {
    id: string;
  };
  let next = 0;
  const worker = async () => {
    while (next < total) {
      const start = next;
      next += 1000;
      const rows = Array.from({ length: Math.min(1000, total - start) }, (_, i) => makeRow(start + i + 1));
      await post(`${baseUrl}/api/tables/${table.id}/rows`, { rows });
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return table.id;
}

/**
 * The id of a fully loaded benchmark table already in the store, if any: a kept store
 * (BENCH_DATA_DIR) then skips the ~70 s load while iterating on the grid.
 */
export async function findLoadedTable(baseUrl: string, total: number): Promise<string | undefined> {
  const response = await fetch(`${baseUrl}/api/tables`);
  if (!response.ok) throw new Error(`GET /api/tables answered ${response.status}`);
  const tables = (await response.json()) as { id: string; name: string; rowCount: number }[];
  return tables.find((table) => table.name === TABLE_NAME && table.rowCount === total)?.id;
}
