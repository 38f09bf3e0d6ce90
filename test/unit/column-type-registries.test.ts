import { describe, expect, it } from 'vitest';
import { appColumnTypes } from '../../src/app/column-types/index.ts';
import { DataType, dataTypes } from '../../src/contract/data-types/index.ts';
import { ENRICHABLE_TYPES } from '../../src/contract/enrich.ts';
import { type ServerColumnType, serverColumnTypes, storageOf } from '../../src/server/column-types/index.ts';

const types = DataType.options;
const sorted = (keys: Iterable<string>) => [...keys].sort();

/**
 * The registries are typed by DataType, so the compiler names a missing entry; these checks hold at
 * run time too (a cast or a spread can hide a gap from the compiler) and check that the sides agree.
 */
describe('column type registries', () => {
  it('have one entry per type on each side, and none for a type that does not exist', () => {
    expect(sorted(Object.keys(dataTypes))).toEqual(sorted(types));
    expect(sorted(Object.keys(serverColumnTypes))).toEqual(sorted(types));
    expect(sorted(Object.keys(appColumnTypes))).toEqual(sorted(types));
  });

  it('give every type a label, a glyph, a cell renderer and a form field in the app', () => {
    for (const type of types) {
      const entry = appColumnTypes[type];
      expect(entry.label, type).not.toBe('');
      expect(entry.glyph, type).not.toBe('');
      expect(entry.cell, type).toBeDefined();
      expect(entry.field.Input, type).toBeDefined();
    }
  });

  it('offer greater/less-than filters in the app exactly where the store can order the values', () => {
    // The server refuses ordered comparisons on lists and booleans (row-query.ts).
    for (const type of types) {
      const kind = storageOf({ dataType: type, config: {} }).kind;
      const unordered = kind === 'array' || kind === 'boolean';
      expect(Boolean(appColumnTypes[type].filter?.unordered), type).toBe(unordered);
    }
  });

  it('read values as numbers, dates and lists exactly where the store keeps them so', () => {
    // Charts, point filters and display text go by the contract's valueKind; the server by the storage.
    const storedAs = { number: 'number', instant: 'timestamp', list: 'array', choice: 'text' } as const;
    for (const type of types) {
      const kind = storageOf({ dataType: type, config: {} }).kind;
      const valueKind = dataTypes[type].valueKind;
      if (valueKind) expect(kind, type).toBe(storedAs[valueKind]);
      else expect(['number', 'timestamp', 'array'], type).not.toContain(kind);
    }
  });

  it('let enrichments fill exactly the types the contract calls enrichable', () => {
    const enrichable = types.filter((type) => (serverColumnTypes[type] as ServerColumnType).enrich);
    expect(sorted(enrichable)).toEqual(sorted(ENRICHABLE_TYPES));
  });

  it('say in the app what a filter value must be wherever the filter reads it as the type', () => {
    for (const type of types) {
      const filter = appColumnTypes[type].filter;
      if (filter?.read || filter?.typedMatch) expect(filter.hint, type).toBeDefined();
    }
  });
});
