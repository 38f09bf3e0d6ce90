/**
 * The formula language's syntax tree: what `parseFormula` makes of a formula and what the checker and
 * the server's evaluator walk. Kept apart from jsep's own tree so that only the constructs listed here
 * exist: no member access, no assignment, no `this`, nothing that could reach beyond a row's values.
 */
export type FormulaNode =
  | { kind: 'literal'; value: number | string | boolean | null }
  | { kind: 'column'; name: string }
  | { kind: 'call'; name: string; args: FormulaNode[] }
  | { kind: 'unary'; op: UnaryOp; arg: FormulaNode }
  | { kind: 'binary'; op: BinaryOp; left: FormulaNode; right: FormulaNode }
  | { kind: 'if'; test: FormulaNode; yes: FormulaNode; no: FormulaNode };

export const UNARY_OPS = ['-', '+', '!'] as const;
export type UnaryOp = (typeof UNARY_OPS)[number];

export const ARITHMETIC_OPS = ['+', '-', '*', '/', '%'] as const;
export const COMPARISON_OPS = ['==', '!=', '<', '<=', '>', '>='] as const;
export const LOGICAL_OPS = ['&&', '||'] as const;
export type BinaryOp =
  | (typeof ARITHMETIC_OPS)[number]
  | (typeof COMPARISON_OPS)[number]
  | (typeof LOGICAL_OPS)[number]
  | '&';

/** The value kinds a formula works with; `list` is a multiselect's options or a relation's links. */
export type FormulaType = 'number' | 'text' | 'boolean' | 'date' | 'list' | 'empty';

/** A problem in a formula, in words a person can act on. */
export class FormulaError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FormulaError';
  }
}

/** Every column a formula reads, in order of first mention. */
export function referencedColumns(node: FormulaNode, found: string[] = []): string[] {
  switch (node.kind) {
    case 'column':
      if (!found.includes(node.name)) found.push(node.name);
      break;
    case 'call':
      for (const arg of node.args) referencedColumns(arg, found);
      break;
    case 'unary':
      referencedColumns(node.arg, found);
      break;
    case 'binary':
      referencedColumns(node.left, found);
      referencedColumns(node.right, found);
      break;
    case 'if':
      referencedColumns(node.test, found);
      referencedColumns(node.yes, found);
      referencedColumns(node.no, found);
      break;
    case 'literal':
      break;
  }
  return found;
}
