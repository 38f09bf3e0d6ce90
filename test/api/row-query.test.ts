import { beforeAll, describe, expect, it } from 'vitest';
import type { Row } from '../../src/contract/rows.ts';
import type { Table } from '../../src/contract/tables.ts';
import { call, createTable, insertRows, queryRows } from '../support/api.ts';

let table: Table;

const people = [
  { name: 'Ada', age: 36, city: 'London', active: true, joined: '2020-01-15', tags: ['math'] },
  { name: 'Grace', age: 85, city: 'New York', active: false, joined: '2019-06-01', tags: ['navy', 'math'] },
  { name: 'Alan', age: 41, city: 'london', active: true, joined: '2021-03-10T15:30:00Z', tags: [] },
  { name: 'Linus', age: 28, city: null, active: null, joined: null, tags: null },
  { name: 'Barbara', age: 36, city: '', active: true, joined: '2022-11-30', tags: ['code'] },
];

beforeAll(async () => {
  table = await createTable([
    { name: 'name', dataType: 'text' },
    { name: 'age', dataType: 'number' },
    { name: 'city', dataType: 'text' },
    { name: 'active', dataType: 'boolean' },
    { name: 'joined', dataType: 'date' },
    { name: 'tags', dataType: 'multiselect' },
  ]);
  await insertRows(table.id, people);
});

async function names(filters: unknown, sorts: unknown = [{ column: 'name', direction: 'asc' }]) {
  const response = await queryRows(table.id, { filters, sorts });
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  expect(response.headers.get('x-total-count')).toBe(String(response.body.length));
  return response.body.map((row) => row.data.name);
}

describe('row filters', () => {
  it.each([
    ['eq number', [{ column: 'age', operator: 'eq', value: 36 }], ['Ada', 'Barbara']],
    ['eq text is exact', [{ column: 'city', operator: 'eq', value: 'London' }], ['Ada']],
    [
      'neq includes empty cells',
      [{ column: 'city', operator: 'neq', value: 'London' }],
      ['Alan', 'Barbara', 'Grace', 'Linus'],
    ],
    ['gt', [{ column: 'age', operator: 'gt', value: 41 }], ['Grace']],
    ['gte', [{ column: 'age', operator: 'gte', value: 41 }], ['Alan', 'Grace']],
    ['lt', [{ column: 'age', operator: 'lt', value: 36 }], ['Linus']],
    ['lte', [{ column: 'age', operator: 'lte', value: 36 }], ['Ada', 'Barbara', 'Linus']],
    [
      'contains, case-insensitive',
      [{ column: 'city', operator: 'contains', value: 'LOND' }],
      ['Ada', 'Alan'],
    ],
    ['contains treats % literally', [{ column: 'city', operator: 'contains', value: '%' }], []],
    ['starts_with', [{ column: 'name', operator: 'starts_with', value: 'a' }], ['Ada', 'Alan']],
    ['in', [{ column: 'age', operator: 'in', value: [28, 85] }], ['Grace', 'Linus']],
    ['in with empty list', [{ column: 'age', operator: 'in', value: [] }], []],
    ['is_empty: null or empty text', [{ column: 'city', operator: 'is_empty' }], ['Barbara', 'Linus']],
    ['is_not_empty', [{ column: 'city', operator: 'is_not_empty' }], ['Ada', 'Alan', 'Grace']],
    ['eq boolean', [{ column: 'active', operator: 'eq', value: false }], ['Grace']],
    ['date gte', [{ column: 'joined', operator: 'gte', value: '2021-01-01' }], ['Alan', 'Barbara']],
    ['date eq a day', [{ column: 'joined', operator: 'eq', value: '2021-03-10' }], ['Alan']],
    [
      'date neq a day',
      [{ column: 'joined', operator: 'neq', value: '2021-03-10' }],
      ['Ada', 'Barbara', 'Grace', 'Linus'],
    ],
    ['multiselect contains', [{ column: 'tags', operator: 'contains', value: 'math' }], ['Ada', 'Grace']],
    ['multiselect is_empty', [{ column: 'tags', operator: 'is_empty' }], ['Alan', 'Linus']],
    ['numeric text value accepted', [{ column: 'age', operator: 'eq', value: '36' }], ['Ada', 'Barbara']],
    [
      'several filters are ANDed',
      [
        { column: 'age', operator: 'gte', value: 30 },
        { column: 'active', operator: 'eq', value: true },
        { column: 'city', operator: 'is_not_empty' },
      ],
      ['Ada', 'Alan'],
    ],
  ])('%s', async (_label, filters, expected) => {
    expect(await names(filters)).toEqual(expected);
  });

  it.each([
    ['unknown column', [{ column: 'nope', operator: 'eq', value: 1 }]],
    ['unknown operator', [{ column: 'age', operator: 'like', value: 1 }]],
    ['value of the wrong type', [{ column: 'age', operator: 'gt', value: 'old' }]],
    ['in without a list', [{ column: 'age', operator: 'in', value: 36 }]],
    ['not an array', { column: 'age', operator: 'eq', value: 1 }],
  ])('refuses %s with 400', async (_label, filters) => {
    const response = await queryRows(table.id, { filters });
    expect(response.status).toBe(400);
  });
});

describe('row sorts and pages', () => {
  it('sorts by several keys, empty values last', async () => {
    const sorted = await names(undefined, [
      { column: 'age', direction: 'asc' },
      { column: 'name', direction: 'desc' },
    ]);
    expect(sorted).toEqual(['Linus', 'Barbara', 'Ada', 'Alan', 'Grace']);
    expect(await names(undefined, [{ column: 'city', direction: 'desc' }])).toEqual([
      'Grace',
      'Alan',
      'Ada',
      'Barbara',
      'Linus',
    ]);
  });

  it('keeps insertion order without sorts', async () => {
    expect(await names(undefined, [])).toEqual(people.map((person) => person.name));
  });

  it('pages with limit and offset; X-Total-Count counts every match', async () => {
    const page = await queryRows(table.id, {
      limit: 2,
      offset: 1,
      sorts: [{ column: 'name', direction: 'asc' }],
    });
    expect(page.body.map((row) => row.data.name)).toEqual(['Alan', 'Barbara']);
    expect(page.headers.get('x-total-count')).toBe('5');
    const filtered = await queryRows(table.id, {
      limit: 1,
      filters: [{ column: 'active', operator: 'eq', value: true }],
    });
    expect(filtered.body).toHaveLength(1);
    expect(filtered.headers.get('x-total-count')).toBe('3');
    expect((await queryRows(table.id, { offset: 100 })).body).toEqual([]);
  });

  it.each([{ limit: 0 }, { limit: 1001 }, { offset: -1 }])(
    'refuses out-of-range paging %o',
    async (params) => {
      expect((await queryRows(table.id, params)).status).toBe(400);
    },
  );

  it('refuses sorts on unknown columns and bad directions', async () => {
    expect((await queryRows(table.id, { sorts: [{ column: 'nope' }] })).status).toBe(400);
    expect((await queryRows(table.id, { sorts: [{ column: 'age', direction: 'up' }] })).status).toBe(400);
  });
});

describe('quick search', () => {
  it('finds rows where any column contains the text, case-insensitively, with filters', async () => {
    const search = async (text: string, filters?: unknown) => {
      const params = new URLSearchParams({
        search: text,
        sorts: JSON.stringify([{ column: 'name', direction: 'asc' }]),
      });
      if (filters) params.set('filters', JSON.stringify(filters));
      const response = await call<Row[]>('GET', `/tables/${table.id}/rows?${params}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('x-total-count')).toBe(String(response.body.length));
      return response.body.map((row) => row.data.name);
    };
    expect(await search('LONDON')).toEqual(['Ada', 'Alan']);
    expect(await search('navy')).toEqual(['Grace']);
    expect(await search('85')).toEqual(['Grace']);
    expect(await search('lon', [{ column: 'age', operator: 'gt', value: 40 }])).toEqual(['Alan']);
    expect(await search('nothing like this')).toEqual([]);
  });
});
