import { describe, expect, it } from 'vitest';
import { Bm25, tokens } from './similarity.ts';

describe('lexical similarity', () => {
  it('splits words and numbers in any script, lower-cased', () => {
    expect(tokens('Café-Crème, 2 x 250ml!')).toEqual(['café', 'crème', '2', 'x', '250ml']);
  });

  it('ranks the text sharing the rarer words first; words every text has count for little', () => {
    const index = new Bm25([
      'Acme Inc sells hospital beds',
      'Globex Inc sells garden tools',
      'Initech Inc writes hospital software',
    ]);
    const [beds, garden, software] = index.scores('Inc sells hospital software');
    expect(software).toBeGreaterThan(beds as number);
    expect(beds).toBeGreaterThan(garden as number);
    expect(index.scores('nothing alike')).toEqual([0, 0, 0]);
  });
});
