import { describe, expect, it } from 'vitest';
import type { Column } from '../../../../contract/columns.ts';
import { columnsOf, emptyField, fieldsFromColumns, fieldsProblem, keyOf } from './field-draft.ts';

const column = (patch: Partial<Column>): Column => ({
  id: 'c',
  tableId: 't',
  name: 'n',
  displayName: 'N',
  dataType: 'text',
  position: 0,
  required: false,
  defaultValue: null,
  config: {},
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  ...patch,
});

describe('extraction fields', () => {
  it('make snake_case keys that start with a letter', () => {
    expect(keyOf('Unit price (€)')).toBe('unit_price');
    expect(keyOf('2nd address')).toBe('f_2nd_address');
    expect(keyOf('Café')).toBe('cafe');
  });

  it('become schema columns, with a list of values for "one of a list"', () => {
    const fields = [
      { ...emptyField('Name'), required: true, description: ' The product ' },
      { ...emptyField('Kind'), type: 'enum' as const, options: 'tool, toy,' },
    ];
    expect(fieldsProblem(fields)).toBeNull();
    expect(columnsOf(fields)).toEqual([
      { key: 'name', label: 'Name', type: 'text', required: true, description: 'The product' },
      { key: 'kind', label: 'Kind', type: 'enum', enum_values: ['tool', 'toy'] },
    ]);
  });

  it('say what is wrong: no name, the same name twice, a list without values', () => {
    expect(fieldsProblem([])).toBe('Add at least one field');
    expect(fieldsProblem([emptyField('')])).toBe('Every field needs a name');
    expect(fieldsProblem([emptyField('Price'), emptyField('price')])).toBe(
      'Two fields have the same name (price)',
    );
    expect(fieldsProblem([{ ...emptyField('Kind'), type: 'enum' }])).toBe('List the values "Kind" can take');
  });

  it("start from a table's columns, leaving computed ones out", () => {
    const fields = fieldsFromColumns([
      column({ displayName: 'Status', dataType: 'select', config: { options: ['open', 'won'] } }),
      column({ displayName: 'Total', dataType: 'computed' }),
      column({ displayName: 'Seats', dataType: 'number', required: true }),
    ]);
    expect(fields.map(({ label, type, required, options }) => ({ label, type, required, options }))).toEqual([
      { label: 'Status', type: 'enum', required: false, options: 'open, won' },
      { label: 'Seats', type: 'number', required: true, options: '' },
    ]);
  });
});
