import {
  COMPANY_INPUT,
  type CompanySystemKind,
  companySystemConfig,
} from '../../../services/kinds/company-columns.ts';
import { keepingSent, type V1Kind } from './kind.ts';

/**
 * A company system column sent by the client: the same column a company table gets by itself
 * (services/kinds/company-columns.ts), reading the table's first input column, under the key sent.
 */
export const companySystemKind = <K extends CompanySystemKind>(kind: K): V1Kind<K> => ({
  role: 'output',
  toColumn: (sent, table) => ({
    dataType: 'ai',
    config: keepingSent(companySystemConfig(kind, table.inputKeys[0] ?? COMPANY_INPUT), sent),
  }),
});
