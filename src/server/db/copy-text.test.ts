import { describe, expect, it } from 'vitest';
import { copyEscape, copyField } from './copy-text.ts';

describe('COPY text fields', () => {
  it('escapes the characters that end a field or a row', () => {
    expect(copyEscape('a\tb\nc\rd\\e')).toBe('a\\tb\\nc\\rd\\\\e');
    expect(copyEscape('plain, "quoted"')).toBe('plain, "quoted"');
  });

  it('writes each storage type as PostgreSQL reads it, null as \\N', () => {
    expect(copyField('number', -1.5e-7)).toBe('-1.5e-7');
    expect(copyField('boolean', false)).toBe('f');
    expect(copyField('text', null)).toBe('\\N');
    expect(copyField('text', '\\N')).toBe('\\\\N');
    expect(copyField('array', ['a,b', 'say "hi"', 'back\\slash'])).toBe(
      '{"a,b","say \\\\"hi\\\\"","back\\\\\\\\slash"}',
    );
    expect(copyField('json', ['r1', 'r2'])).toBe('["r1","r2"]');
    expect(copyField('json', { summary: 'tab\there' })).toBe('{"summary":"tab\\\\there"}');
  });
});
