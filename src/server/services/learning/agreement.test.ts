import { describe, expect, it } from 'vitest';
import { agreement } from './agreement.ts';

describe('agreement with a verified answer', () => {
  it('labels and dates agree exactly (case and a time of day aside); numbers within the tolerance', () => {
    expect(agreement('label', 'Positive', 'positive', 0.01)).toEqual({ agreed: true });
    expect(agreement('label', 'Positive', 'Neutral', 0.01)).toEqual({ agreed: false });
    expect(agreement('date', '2026-04-03', '2026-04-03T00:00:00.000Z', 0.01)).toEqual({ agreed: true });
    expect(agreement('date', '2026-04-03', '2026-04-04', 0.01)).toEqual({ agreed: false });
    expect(agreement('number', 200, 201.9, 0.01)).toEqual({ agreed: true });
    expect(agreement('number', 200, 202.1, 0.01)).toEqual({ agreed: false });
    expect(agreement('multiselect', ['a', 'B'], ['b', 'a'], 0)).toEqual({ agreed: true });
    expect(agreement('url', 'https://acme.example/', 'http://www.acme.example', 0)).toEqual({ agreed: true });
    expect(agreement('label', 'Positive', null, 0.01)).toEqual({ agreed: false });
  });

  it('text the same once normalised agrees; other text goes to the judge', () => {
    expect(agreement('text', 'Paris,  France', 'paris, france', 0)).toEqual({ agreed: true });
    expect(agreement('text', 'Paris', 'The capital of France', 0)).toEqual({ judge: true });
  });
});
