import { describe, expect, it } from 'vitest';
import { criterionAnswer, outputFormats } from './formats.ts';

const answer = (format: keyof typeof outputFormats, value: unknown, config = {}) =>
  outputFormats[format].answer(config).safeParse({ value });

describe('AI output formats', () => {
  it('reads numbers as models write them, and refuses what is not one', () => {
    expect(answer('number', '1,234.5').data).toEqual({ value: 1234.5 });
    expect(answer('number', '1.2M').data).toEqual({ value: 1_200_000 });
    expect(answer('number', 42).data).toEqual({ value: 42 });
    expect(answer('number', 'about five').error?.issues[0]?.message).toBe('"about five" is not a number');
  });

  it('grades are whole numbers from 1 to 5, "4/5" included', () => {
    expect(answer('grade', '4/5').data).toEqual({ value: 4 });
    expect(answer('grade', 5).data).toEqual({ value: 5 });
    expect(answer('grade', 4.5).success).toBe(false);
    expect(answer('grade', 6).success).toBe(false);
  });

  it('labels match case-insensitively to their spelling and refuse others', () => {
    const config = { labels: ['Positive', 'Neutral', 'Negative'] };
    expect(answer('label', 'positive', config).data).toEqual({ value: 'Positive' });
    expect(answer('label', 'great', config).error?.issues[0]?.message).toBe(
      '"great" is not one of: Positive, Neutral, Negative',
    );
    expect(answer('multiselect', ['neutral', 'NEGATIVE'], config).data).toEqual({
      value: ['Neutral', 'Negative'],
    });
  });

  it('urls get a scheme when they lack one; emails, phones and dates are checked', () => {
    expect(answer('url', 'acme.example/about').data).toEqual({ value: 'https://acme.example/about' });
    expect(answer('url', 'not a url').success).toBe(false);
    expect(answer('email', ' sales@acme.example ').data).toEqual({ value: 'sales@acme.example' });
    expect(answer('email', 'sales at acme').success).toBe(false);
    expect(answer('phone', '+1 (555) 010-9999').data).toEqual({ value: '+1 (555) 010-9999' });
    expect(answer('phone', '12').success).toBe(false);
    expect(answer('date', '2026-04-03').data).toEqual({ value: '2026-04-03T00:00:00.000Z' });
    expect(answer('date', 'April 3, 2026').success).toBe(true);
    expect(answer('date', '2026-02-30').success).toBe(false);
  });

  it('money is an amount and a currency, from an object or from text', () => {
    expect(answer('money', '$1.2M').data).toEqual({ value: { amount: 1_200_000, currency: 'USD' } });
    expect(answer('money', '300 eur').data).toEqual({ value: { amount: 300, currency: 'EUR' } });
    expect(answer('money', { amount: '1,000', currency: 'gbp' }).data).toEqual({
      value: { amount: 1000, currency: 'GBP' },
    });
    expect(answer('money', 'lots').success).toBe(false);
  });

  it('json answers must match the column schema', () => {
    const config = {
      outputSchema: {
        type: 'object',
        properties: { ceo: { type: 'string' }, founded: { type: 'integer' } },
        required: ['ceo'],
      },
    };
    expect(answer('json', { ceo: 'Ada', founded: 1990 }, config).success).toBe(true);
    expect(answer('json', { founded: 1990 }, config).success).toBe(false);
  });

  it('null means the model could not tell, for every format', () => {
    for (const format of Object.keys(outputFormats) as Array<keyof typeof outputFormats>) {
      expect(answer(format, null, { labels: ['a'] }).data).toEqual({ value: null });
    }
  });

  it('criterion grades carry a grade and a reason', () => {
    expect(criterionAnswer.parse({ grade: '3', reason: 'Mid-size' })).toEqual({
      grade: 3,
      reason: 'Mid-size',
    });
    expect(criterionAnswer.safeParse({ grade: 0, reason: 'x' }).success).toBe(false);
  });
});
