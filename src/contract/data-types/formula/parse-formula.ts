import jsep from 'jsep';
import {
  ARITHMETIC_OPS,
  type BinaryOp,
  COMPARISON_OPS,
  FormulaError,
  type FormulaNode,
  LOGICAL_OPS,
  UNARY_OPS,
  type UnaryOp,
} from './formula-ast.ts';

/** Longest formula accepted; a formula is a line or two, not a program. */
export const MAX_FORMULA_LENGTH = 4096;
/** Deepest nesting accepted, so evaluating a formula can never exhaust the stack. */
const MAX_DEPTH = 64;

const BINARY_OPS = new Set<string>([...ARITHMETIC_OPS, ...COMPARISON_OPS, ...LOGICAL_OPS, '&']);
/** `===` reads as `==` for people used to JavaScript; the language has one equality. */
const SYNONYMS: Record<string, BinaryOp> = { '===': '==', '!==': '!=' };

/**
 * Turns `{Column name}` references into `col("Column name")` calls jsep can read, leaving string
 * literals alone: braces let a formula name any column, spaces and all, as prompts do.
 */
function expandBraces(formula: string): string {
  let out = '';
  let quote: string | null = null;
  for (let i = 0; i < formula.length; i++) {
    const char = formula[i] as string;
    if (quote) {
      out += char;
      if (char === '\\') out += formula[++i] ?? '';
      else if (char === quote) quote = null;
    } else if (char === '"' || char === "'") {
      quote = char;
      out += char;
    } else if (char === '{') {
      const end = formula.indexOf('}', i);
      if (end < 0) throw new FormulaError(`Missing "}" after "{" at character ${i + 1}`);
      out += `col(${JSON.stringify(formula.slice(i + 1, end).trim())})`;
      i = end;
    } else out += char;
  }
  return out;
}

function convert(node: jsep.Expression, depth: number): FormulaNode {
  if (depth > MAX_DEPTH) throw new FormulaError('The formula is nested too deeply');
  const next = (child: jsep.Expression) => convert(child, depth + 1);
  switch (node.type) {
    case 'Literal': {
      const value = (node as jsep.Literal).value;
      if (value === null || ['number', 'string', 'boolean'].includes(typeof value))
        return { kind: 'literal', value: value as number | string | boolean | null };
      throw new FormulaError(`Unsupported value ${String((node as jsep.Literal).raw)}`);
    }
    case 'Identifier':
      return { kind: 'column', name: (node as jsep.Identifier).name };
    case 'CallExpression': {
      const call = node as jsep.CallExpression;
      if (call.callee.type !== 'Identifier') throw new FormulaError('Only named functions can be called');
      const name = (call.callee as jsep.Identifier).name.toLowerCase();
      const args = call.arguments.map(next);
      if (name === 'col') {
        const [first] = args;
        if (args.length !== 1 || first?.kind !== 'literal' || typeof first.value !== 'string')
          throw new FormulaError('col() takes one column name in quotes, e.g. col("Unit price")');
        return { kind: 'column', name: first.value };
      }
      return { kind: 'call', name, args };
    }
    case 'UnaryExpression': {
      const unary = node as jsep.UnaryExpression;
      if (!(UNARY_OPS as readonly string[]).includes(unary.operator))
        throw new FormulaError(`Unknown operator "${unary.operator}"`);
      return { kind: 'unary', op: unary.operator as UnaryOp, arg: next(unary.argument) };
    }
    case 'BinaryExpression': {
      const binary = node as jsep.BinaryExpression;
      const op = SYNONYMS[binary.operator] ?? binary.operator;
      if (!BINARY_OPS.has(op)) throw new FormulaError(`Unknown operator "${binary.operator}"`);
      return { kind: 'binary', op: op as BinaryOp, left: next(binary.left), right: next(binary.right) };
    }
    case 'ConditionalExpression': {
      const conditional = node as jsep.ConditionalExpression;
      return {
        kind: 'if',
        test: next(conditional.test),
        yes: next(conditional.consequent),
        no: next(conditional.alternate),
      };
    }
    case 'Compound':
      throw new FormulaError(
        'A formula is one expression: separate function arguments with commas inside ()',
      );
    default:
      throw new FormulaError(`Unsupported syntax (${node.type})`);
  }
}

/**
 * Parses a formula into the language's tree, never evaluating anything: jsep reads the text, and only
 * literals, column references, named function calls, the listed operators and `?:` are kept.
 * Throws a FormulaError saying what is wrong and where.
 */
export function parseFormula(formula: string): FormulaNode {
  if (formula.length > MAX_FORMULA_LENGTH)
    throw new FormulaError(`A formula can be at most ${MAX_FORMULA_LENGTH} characters`);
  if (!formula.trim()) throw new FormulaError('The formula is empty');
  let tree: jsep.Expression;
  try {
    tree = jsep(expandBraces(formula));
  } catch (error) {
    if (error instanceof FormulaError) throw error;
    throw new FormulaError((error as Error).message.replace(/^./, (c) => c.toUpperCase()));
  }
  return convert(tree, 0);
}
