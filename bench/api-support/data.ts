// The benchmark table: 10 typed columns and a deterministic row generator, so every run loads the same data.
export const CITIES = [
  'Paris',
  'London',
  'Berlin',
  'Madrid',
  'Rome',
  'Oslo',
  'Vienna',
  'Prague',
  'Dublin',
  'Lisbon',
];

export const columns = [
  { name: 'name', dataType: 'text' },
  { name: 'email', dataType: 'email' },
  { name: 'company', dataType: 'text' },
  { name: 'city', dataType: 'select', config: { options: CITIES } },
  { name: 'score', dataType: 'number' },
  { name: 'revenue', dataType: 'number' },
  { name: 'active', dataType: 'boolean' },
  { name: 'signup', dataType: 'date' },
  { name: 'website', dataType: 'url' },
  { name: 'notes', dataType: 'text' },
];

/** A small linear congruential generator: the same sequence on every run. */
export function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1664525 + 1013904223) % 4294967296;
    return state / 4294967296;
  };
}

export function makeRow(n: number, next: () => number) {
  return {
    data: {
      name: `Customer ${n}`,
      email: `customer${n}@example.com`,
      company: `Company ${Math.floor(next() * 50_000)}`,
      city: CITIES[Math.floor(next() * CITIES.length)],
      score: Math.round(next() * 1000) / 10,
      revenue: Math.round(next() * 1_000_000),
      active: next() > 0.3,
      signup: new Date(Date.UTC(2020, 0, 1) + Math.floor(next() * 6 * 365) * 86_400_000).toISOString(),
      website: `https://company${n % 50_000}.example.com`,
      notes: next() > 0.5 ? `Met at conference, follow up about plan ${n % 7}` : null,
    },
    createdBy: 'bench',
  };
}
