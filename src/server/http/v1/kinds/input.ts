import type { V1Kind } from './kind.ts';

/** An input column: text a client sends (on a company table, `input` holds the company's domain). */
export const inputKind: V1Kind<'input'> = {
  role: 'input',
  toColumn: () => ({ dataType: 'text' }),
};
