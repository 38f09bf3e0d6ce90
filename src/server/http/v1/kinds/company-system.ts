import type { V1ConfigOf } from '../../../../contract/v1/column-configs.ts';
import { COMPANY_INPUT, withKindColumns } from '../../../services/kinds/company-columns.ts';
import { keepingSent, type V1Kind } from './kind.ts';

type SystemKind = 'company_name' | 'company_website' | 'company_profile';

/**
 * A company system column sent by the client: the same column a company table gets by itself
 * (services/kinds/company-columns.ts), reading the table's first input column, under the key sent.
 */
export const companySystemKind = <K extends SystemKind>(kind: K): V1Kind<K> => ({
  role: 'output',
  toColumn: (sent: V1ConfigOf<SystemKind>, table) => {
    const input = table.inputKeys[0] ?? COMPANY_INPUT;
    const columns = withKindColumns('company', [{ name: input, dataType: 'text' }]);
    const system = columns.find((column) => column.config?.kind === kind);
    return { dataType: 'ai', config: keepingSent(system?.config ?? { kind }, sent) };
  },
});
