import { describe, expect, it } from 'vitest';
import { readAddresses } from './web-addresses.ts';

describe('reading pasted web addresses', () => {
  it('takes the addresses of a messy list and names the lines that hold none', () => {
    const pasted = [
      '  https://shop.example.com/catalogue.html  ',
      '',
      'see the attached price list',
      '<https://shop.example.com/sale>, www.example.org/tools',
      'https://shop.example.com/catalogue.html',
      'ftp://files.example.com/list.pdf',
      'example.net',
    ].join('\n');
    expect(readAddresses(pasted)).toEqual({
      urls: [
        'https://shop.example.com/catalogue.html',
        'https://shop.example.com/sale',
        'https://www.example.org/tools',
        'https://example.net/',
      ],
      notAddresses: ['see the attached price list', 'ftp://files.example.com/list.pdf'],
    });
  });

  it('finds nothing in blanks', () => {
    expect(readAddresses('\n  \n')).toEqual({ urls: [], notAddresses: [] });
  });
});
