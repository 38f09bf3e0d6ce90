import { describe, expect, it } from 'vitest';
import { dataTypes } from './index.ts';

describe('image and images', () => {
  it('take http(s) addresses and refuse other schemes', () => {
    expect(dataTypes.image.parseText(' https://x.io/a.png ', {})).toBe('https://x.io/a.png');
    expect(dataTypes.image.parseText('javascript:alert(1)', {})).toBeUndefined();
    expect(dataTypes.image.valueSchema({}).safeParse('data:image/png;base64,AAAA').success).toBe(false);
  });
  it('read several addresses separated by commas, spaces or lines', () => {
    expect(
      dataTypes.images.parseText('https://x.io/a.png, https://x.io/b.png\nhttps://x.io/c.png', {}),
    ).toEqual(['https://x.io/a.png', 'https://x.io/b.png', 'https://x.io/c.png']);
    expect(dataTypes.images.parseText('https://x.io/a.png, nope', {})).toBeUndefined();
  });
});
