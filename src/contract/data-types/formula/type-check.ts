import { ARITHMETIC_OPS, FormulaError, type FormulaNode, type FormulaType } from './formula-ast.ts';
import { FORMULA_FUNCTIONS, type FormulaKind } from './formula-functions.ts';

const ARITHMETIC = new Set<string>(ARITHMETIC_OPS);
const ORDERED = new Set(['<', '<=', '>', '>=']);

const article = (type: FormulaType): string =>
  ({
    number: 'a number',
    text: 'text',
    boolean: 'true/false',
    date: 'a date',
    list: 'a list',
    empty: 'empty',
  })[type];

/** The one kind a set of branches gives (if, coalesce); empty branches fit any kind. */
function unify(types: FormulaType[], where: string): FormulaType {
  const kinds = [...new Set(types.filter((type) => type !== 'empty'))];
  if (kinds.length > 1) {
    throw new FormulaError(`${where} gives ${kinds.map(article).join(' in one case and ')} in another`);
  }
  return kinds[0] ?? 'empty';
}

function fits(type: FormulaType, accepted: FormulaType[] | 'any'): boolean {
  return accepted === 'any' || type === 'empty' || accepted.includes(type);
}

function callType(node: Extract<FormulaNode, { kind: 'call' }>, types: (n: FormulaNode) => FormulaType) {
  const spec = FORMULA_FUNCTIONS[node.name];
  if (!spec) throw new FormulaError(`Unknown function ${node.name}()`);
  const { minArgs, maxArgs } = spec;
  if (node.args.length < minArgs || node.args.length > maxArgs) {
    const count =
      minArgs === maxArgs ? `${minArgs}` : maxArgs > 99 ? `at least ${minArgs}` : `${minArgs}-${maxArgs}`;
    throw new FormulaError(
      `${node.name}() takes ${count} argument${count === '1' ? '' : 's'}: ${spec.signature}`,
    );
  }
  const argTypes = node.args.map(types);
  argTypes.forEach((type, index) => {
    const accepted = spec.params[Math.min(index, spec.params.length - 1)] ?? 'any';
    if (!fits(type, accepted)) {
      const wanted = accepted === 'any' ? '' : accepted.map(article).join(' or ');
      throw new FormulaError(
        `Argument ${index + 1} of ${node.name}() should be ${wanted}, not ${article(type)}`,
      );
    }
  });
  if (spec.result !== 'unify') return spec.result;
  return unify(node.name === 'if' ? argTypes.slice(1) : argTypes, `${node.name}()`);
}

function binaryType(node: Extract<FormulaNode, { kind: 'binary' }>, left: FormulaType, right: FormulaType) {
  const { op } = node;
  if (op === '&') return 'text';
  if (ARITHMETIC.has(op)) {
    if (fits(left, ['number']) && fits(right, ['number'])) return 'number';
    const hint = op === '+' && (left === 'text' || right === 'text') ? ' (join text with &)' : '';
    throw new FormulaError(`${op} needs numbers, not ${article(left === 'number' ? right : left)}${hint}`);
  }
  if (op === '&&' || op === '||') {
    if (fits(left, ['boolean']) && fits(right, ['boolean'])) return 'boolean';
    throw new FormulaError(`${op} needs true/false values on both sides`);
  }
  // Comparisons: a date may be compared with a date written as text ("2026-04-03").
  const pair = new Set([left, right]);
  pair.delete('empty');
  if (pair.has('date') && pair.has('text') && pair.size === 2) return 'boolean';
  if (pair.size > 1) throw new FormulaError(`${op} compares ${[...pair].map(article).join(' with ')}`);
  if (ORDERED.has(op) && (pair.has('boolean') || pair.has('list')))
    throw new FormulaError(`${op} cannot order ${article([...pair][0] as FormulaType)}`);
  return 'boolean';
}

/**
 * The kind of value a formula gives, given the kind of each column it may read. Throws a FormulaError
 * for unknown columns or functions, wrong argument counts and values of the wrong kind.
 */
export function typeOf(node: FormulaNode, columnTypes: ReadonlyMap<string, FormulaType>): FormulaType {
  const types = (child: FormulaNode) => typeOf(child, columnTypes);
  switch (node.kind) {
    case 'literal':
      if (node.value === null) return 'empty';
      return typeof node.value === 'number' ? 'number' : typeof node.value === 'boolean' ? 'boolean' : 'text';
    case 'column': {
      const type = columnTypes.get(node.name);
      if (!type) throw new FormulaError(`Unknown column "${node.name}"`);
      return type;
    }
    case 'call':
      return callType(node, types);
    case 'unary': {
      const type = types(node.arg);
      const wanted = node.op === '!' ? 'boolean' : 'number';
      if (!fits(type, [wanted]))
        throw new FormulaError(`${node.op} needs ${article(wanted)}, not ${article(type)}`);
      return wanted;
    }
    case 'binary':
      return binaryType(node, types(node.left), types(node.right));
    case 'if': {
      const test = types(node.test);
      if (!fits(test, ['boolean']))
        throw new FormulaError(`The test before ? should be true/false, not ${article(test)}`);
      return unify([types(node.yes), types(node.no)], 'The ? : expression');
    }
  }
}

/** The kind of formula (the Tables API's formulaType) its outermost operation makes it. */
export function formulaKindOf(node: FormulaNode): FormulaKind {
  switch (node.kind) {
    case 'call':
      return FORMULA_FUNCTIONS[node.name]?.kind ?? 'arithmetic';
    case 'binary':
      if (node.op === '&') return 'text_concat';
      return ARITHMETIC.has(node.op) ? 'arithmetic' : 'conditional';
    case 'if':
      return 'conditional';
    case 'unary':
      return node.op === '!' ? 'conditional' : 'arithmetic';
    default:
      return 'arithmetic';
  }
}
