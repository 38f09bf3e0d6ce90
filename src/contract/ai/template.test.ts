import { describe, expect, it } from 'vitest';
import { parseTemplate, renderTemplate, templateReferences } from './template.ts';

describe('prompt templates', () => {
  it('finds the columns a prompt names, once each', () => {
    expect(templateReferences('Rate {feedback} from {customer}; {feedback} again')).toEqual([
      'feedback',
      'customer',
    ]);
    expect(templateReferences('Column names may have spaces: {Company Name}')).toEqual(['Company Name']);
  });

  it('renders values, empty ones as (empty), and literal braces', () => {
    const values: Record<string, string | null> = { feedback: 'Great support', customer: null };
    expect(
      renderTemplate('Rate {feedback} from {customer} as {{"score": n}}', (name) => values[name] ?? null),
    ).toBe('Rate Great support from (empty) as {"score": n}');
  });

  it('reports an unclosed brace and an empty reference', () => {
    expect(parseTemplate('Rate {feedback').errors[0]).toMatch(/never closed/);
    expect(parseTemplate('Rate {} now').errors).toEqual(['Empty reference "{}" at position 6']);
  });
});
