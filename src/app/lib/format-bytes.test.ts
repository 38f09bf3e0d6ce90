import { describe, expect, it } from 'vitest';
import { formatBytes } from './format-bytes.ts';

describe('formatBytes', () => {
  it('says sizes in the unit people read them in', () => {
    expect(formatBytes(830)).toBe('830 bytes');
    expect(formatBytes(12_700)).toBe('12 KB');
    expect(formatBytes(3.1 * 1024 * 1024)).toBe('3.1 MB');
  });
});
