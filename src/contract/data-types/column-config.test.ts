import { describe, expect, it } from 'vitest';
import { ColumnConfig, TypedColumnConfig } from './column-config.ts';

describe('column config', () => {
  it('keeps the wire format flat: every type field, and unknown ones, are kept', () => {
    const config = { options: ['a'], formula: '1', prompt: 'x', extra: 1 };
    expect(ColumnConfig.parse(config)).toEqual(config);
  });

  it('narrows by type: a select keeps its options, other types fields go', () => {
    const typed = TypedColumnConfig.parse({ dataType: 'select', config: { options: ['a'], formula: '1' } });
    expect(typed).toEqual({ dataType: 'select', config: { options: ['a'] } });
    expect(
      TypedColumnConfig.safeParse({ dataType: 'number', config: { thousandsSeparator: 'no' } }).success,
    ).toBe(false);
  });
});
