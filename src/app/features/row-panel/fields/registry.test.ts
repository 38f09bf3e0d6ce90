import { describe, expect, it } from 'vitest';
import { columnFixture } from '../../../../../test/support/column-fixture.ts';
import type { Column } from '../../../../contract/columns.ts';
import { appColumnTypes } from '../../../column-types/index.ts';
import { fromDraft, toDraft } from './registry.ts';

const withOptions = (column: Column, options: string[]): Column =>
  columnFixture(column.name, column.dataType, { options });

describe('row form fields', () => {
  it('sends a typed number as a number, thousands separators and all', () => {
    const score = columnFixture('score', 'number');
    expect(fromDraft(score, ' 1,234.5 ')).toBe(1234.5);
    expect(fromDraft(score, '-2e3')).toBe(-2000);
  });

  it('sends text the type cannot read as typed, so the server explains the refusal at the field', () => {
    expect(fromDraft(columnFixture('score', 'number'), 'lots')).toBe('lots');
    expect(fromDraft(columnFixture('site', 'url'), 'not a url')).toBe('not a url');
  });

  it('clears a field left empty', () => {
    expect(fromDraft(columnFixture('score', 'number'), '  ')).toBeNull();
    expect(fromDraft(columnFixture('city', 'select'), '')).toBeNull();
    expect(fromDraft(withOptions(columnFixture('tags', 'multiselect'), ['a', 'b']), [])).toBeNull();
  });

  it('shows a stored day in the date picker and saves it as that day', () => {
    const due = columnFixture('due', 'date');
    expect(toDraft(due, '2026-04-03T00:00:00.000Z')).toBe('2026-04-03');
    expect(fromDraft(due, '2026-04-03')).toBe('2026-04-03T00:00:00.000Z');
  });

  it('edits a checkbox as a flag', () => {
    const active = columnFixture('active', 'boolean');
    expect(toDraft(active, true)).toBe(true);
    expect(toDraft(active, null)).toBe(false);
    expect(fromDraft(active, false)).toBe(false);
    expect(appColumnTypes.boolean.field.layout?.(active)).toBe('inline');
  });

  it('ticks options of a multiselect that has them, and takes comma-separated text otherwise', () => {
    const listed = withOptions(columnFixture('tags', 'multiselect'), ['vip', 'new']);
    expect(toDraft(listed, ['vip'])).toEqual(['vip']);
    expect(appColumnTypes.multiselect.field.layout?.(listed)).toBe('group');
    const free = columnFixture('tags', 'multiselect');
    expect(toDraft(free, ['a', 'b'])).toBe('a, b');
    expect(fromDraft(free, 'a, b,, c')).toEqual(['a', 'b', 'c']);
    expect(appColumnTypes.multiselect.field.layout?.(free)).toBe('block');
  });

  it('keeps the text of a text field as typed, spaces included', () => {
    expect(fromDraft(columnFixture('notes', 'text'), '  two  words ')).toBe('  two  words ');
  });
});
