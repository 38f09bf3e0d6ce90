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
      meant: {},
    });
  });

  it('leaves out an address with a mistyped start, saying what was probably meant', () => {
    const pasted =
      'htps://shop.example.com/a\nhttp//shop.example.com/b?x=1\nHTTPS:/shop.example.com/c\nexample .com/d';
    expect(readAddresses(pasted)).toEqual({
      urls: [],
      notAddresses: [
        'htps://shop.example.com/a',
        'http//shop.example.com/b?x=1',
        'HTTPS:/shop.example.com/c',
        'example .com/d',
      ],
      meant: {
        'htps://shop.example.com/a': 'https://shop.example.com/a',
        'http//shop.example.com/b?x=1': 'http://shop.example.com/b?x=1',
        'HTTPS:/shop.example.com/c': 'https://shop.example.com/c',
      },
    });
  });

  it('finds nothing in blanks', () => {
    expect(readAddresses('\n  \n')).toEqual({ urls: [], notAddresses: [], meant: {} });
  });
});
