import { describe, expect, it } from 'vitest';
import { dataTypes } from './index.ts';

describe('phone', () => {
  const phone = dataTypes.phone;
  it('takes phone numbers as people write them, trimmed', () => {
    for (const text of ['+1 555 123 4567', '(555) 123-4567', '020 7946 0958', '555.123.4567 x12'])
      expect(phone.valueSchema({}).parse(` ${text} `)).toBe(text);
    expect(phone.parseText(' +44 20 7946 0958 ', {})).toBe('+44 20 7946 0958');
  });
  it('refuses text that is not one', () => {
    for (const text of ['call me', '12', '+1 555 abc', '1'.repeat(25), 'https://x.io'])
      expect(phone.parseText(text, {})).toBeUndefined();
    expect(phone.valueSchema({}).safeParse('call me').success).toBe(false);
  });
});

describe('json', () => {
  const json = dataTypes.json;
  it('takes any JSON value', () => {
    for (const value of [{ a: [1, 'x'] }, [1, 2], 'text', 3, true])
      expect(json.valueSchema({}).parse(value)).toEqual(value);
  });
  it('reads typed text as JSON and refuses what does not parse', () => {
    expect(json.parseText('{"a": 1}', {})).toEqual({ a: 1 });
    expect(json.parseText('"hello"', {})).toBe('hello');
    expect(json.parseText('hello', {})).toBeUndefined();
    expect(json.parseText('{"a":', {})).toBeUndefined();
  });
  it('writes values as JSON text that reads back the same', () => {
    const value = { a: [1, 'x, y'] };
    expect(json.parseText(json.formatText?.(value) ?? '', {})).toEqual(value);
  });
});
