import type { FormulaNode } from '../../../contract/data-types/formula/formula-ast.ts';
import { FUNCTIONS } from './functions.ts';
import {
  FormulaRuntimeError,
  isEmpty,
  toDate,
  toNumber,
  toText,
  truthy,
  type Value,
} from './runtime-value.ts';

/** Reads a column's value for a formula. */
export type ColumnReader = (name: string) => Value;

function compare(op: string, left: Value, right: Value): boolean {
  if (op === '==' || op === '!=') {
    const equal =
      isEmpty(left) && isEmpty(right) ? true : isEmpty(left) || isEmpty(right) ? false : same(left, right);
    return op === '==' ? equal : !equal;
  }
  if (isEmpty(left) || isEmpty(right)) return false;
  const [a, b] =
    left instanceof Date || right instanceof Date
      ? [toDate(left)?.getTime() ?? 0, toDate(right)?.getTime() ?? 0]
      : typeof left === 'string'
        ? [left.toLowerCase(), toText(right).toLowerCase()]
        : [left as number, right as number];
  return op === '<' ? a < b : op === '<=' ? a <= b : op === '>' ? a > b : a >= b;
}

/** Equality as people mean it: text ignores case, dates compare instants, lists compare items. */
function same(left: Value, right: Value): boolean {
  if (left instanceof Date || right instanceof Date)
    return toDate(left)?.getTime() === toDate(right)?.getTime();
  if (typeof left === 'string' && typeof right === 'string')
    return left.toLowerCase() === right.toLowerCase();
  if (Array.isArray(left) && Array.isArray(right))
    return left.length === right.length && left.every((item, i) => same(item, right[i] as Value));
  return left === right;
}

function arithmetic(op: string, left: Value, right: Value): Value {
  const a = toNumber(left);
  const b = toNumber(right);
  if (a === null || b === null) return null;
  switch (op) {
    case '+':
      return a + b;
    case '-':
      return a - b;
    case '*':
      return a * b;
    case '/':
      if (b === 0) throw new FormulaRuntimeError('Division by zero');
      return a / b;
    default:
      if (b === 0) throw new FormulaRuntimeError('Division by zero');
      return a % b;
  }
}

/**
 * Evaluates a checked formula on one row. Only the tree's own node kinds and the listed functions run:
 * there is no path from a formula to JavaScript. `if`, `coalesce`, `and`, `or` and `?:` evaluate only
 * the arguments they need, so `if(qty == 0, 0, total / qty)` never divides by zero.
 */
export function evaluate(node: FormulaNode, read: ColumnReader): Value {
  const run = (child: FormulaNode) => evaluate(child, read);
  switch (node.kind) {
    case 'literal':
      return node.value;
    case 'column':
      return read(node.name);
    case 'unary': {
      const value = run(node.arg);
      if (node.op === '!') return !truthy(value);
      const n = toNumber(value);
      return n === null ? null : node.op === '-' ? -n : n;
    }
    case 'binary': {
      if (node.op === '&&') return truthy(run(node.left)) && truthy(run(node.right));
      if (node.op === '||') return truthy(run(node.left)) || truthy(run(node.right));
      const left = run(node.left);
      const right = run(node.right);
      if (node.op === '&') return toText(left) + toText(right);
      if (['+', '-', '*', '/', '%'].includes(node.op)) return arithmetic(node.op, left, right);
      return compare(node.op, left, right);
    }
    case 'if':
      return truthy(run(node.test)) ? run(node.yes) : run(node.no);
    case 'call':
      switch (node.name) {
        case 'if':
          return truthy(run(node.args[0] as FormulaNode))
            ? run(node.args[1] as FormulaNode)
            : node.args[2]
              ? run(node.args[2])
              : null;
        case 'coalesce':
          for (const arg of node.args) {
            const value = run(arg);
            if (!isEmpty(value)) return value;
          }
          return null;
        case 'and':
          return node.args.every((arg) => truthy(run(arg)));
        case 'or':
          return node.args.some((arg) => truthy(run(arg)));
        default: {
          const impl = FUNCTIONS[node.name];
          if (!impl) throw new FormulaRuntimeError(`Unknown function ${node.name}()`);
          return impl(node.args.map(run));
        }
      }
  }
}
