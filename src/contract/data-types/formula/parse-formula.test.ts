import { describe, expect, it } from 'vitest';
import { checkFormulas } from './check-formulas.ts';
import { parseFormula } from './parse-formula.ts';

const columns = [
  { name: 'price', dataType: 'number', config: {} },
  { name: 'qty', dataType: 'number', config: {} },
  { name: 'Customer name', dataType: 'text', config: {} },
  { name: 'due', dataType: 'date', config: {} },
  { name: 'tags', dataType: 'multiselect', config: {} },
];
const check = (formula: string, resultType?: string) => {
  const all = [
    ...columns,
    { name: 'f', dataType: 'computed', config: { formula, ...(resultType && { resultType }) } },
  ];
  const { checked, errors } = checkFormulas(all);
  return { result: checked.get('f'), error: errors.get('f') };
};

describe('formula language', () => {
  it('parses column references, braces, calls, operators and ?:', () => {
    expect(parseFormula('{Customer name} & "!"')).toMatchObject({
      kind: 'binary',
      op: '&',
      left: { kind: 'column', name: 'Customer name' },
    });
    expect(parseFormula('qty > 1 ? price : 0')).toMatchObject({ kind: 'if' });
  });

  it('refuses what is not in the language', () => {
    for (const bad of ['price.constructor', 'this', 'price = 1', 'x => x', '[1, 2]', 'a; b', '"a" | 2', '']) {
      expect(() => parseFormula(bad), bad).toThrow();
    }
  });

  it('infers result type, kind and dependencies', () => {
    expect(check('round(price * qty, 2)').result).toMatchObject({
      resultType: 'number',
      formulaType: 'arithmetic',
      dependencies: ['price', 'qty'],
    });
    expect(check('{Customer name} & " x" & qty').result).toMatchObject({
      resultType: 'text',
      formulaType: 'text_concat',
    });
    expect(check('date_diff(due, "2026-01-01")').result).toMatchObject({ formulaType: 'date_diff' });
    expect(check('if(qty > 2, "many", "few")').result).toMatchObject({
      formulaType: 'conditional',
      resultType: 'text',
    });
    expect(check('count(tags)').result).toMatchObject({ formulaType: 'aggregate', resultType: 'number' });
  });

  it('explains what is wrong', () => {
    expect(check('price + {Customer name}').error).toMatch(/\+ needs numbers.*join text with &/);
    expect(check('nope * 2').error).toBe('Unknown column "nope"');
    expect(check('frob(price)').error).toBe('Unknown function frob()');
    expect(check('round()').error).toMatch(/round\(\) takes 1-2 arguments/);
    expect(check('if(price, 1, 2)').error).toMatch(/should be true\/false/);
    expect(check('if(qty > 1, 1, "a")').error).toMatch(/a number in one case and text/);
    expect(check('tags').error).toMatch(/one value/);
    expect(check('price * 2', 'text').error).toMatch(/gives number values, not text/);
    expect(check('f + 1').error).toBe('A formula cannot use its own column');
  });

  it('finds cycles through other computed columns', () => {
    const { errors } = checkFormulas([
      ...columns,
      { name: 'a', dataType: 'computed', config: { formula: 'b + 1' } },
      { name: 'b', dataType: 'computed', config: { formula: 'a + 1' } },
    ]);
    expect(errors.get('a')).toMatch(/depend on each other/);
  });
});
