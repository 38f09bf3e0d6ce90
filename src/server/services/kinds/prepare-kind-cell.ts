import type { RowData } from '../../../contract/rows.ts';
import type { Providers } from '../ai/providers.ts';
import { NO_CONTACT_PROVIDER } from '../contacts/contact-provider.ts';
import type { ContactProviders } from '../contacts/contact-providers.ts';
import { contactTask } from '../contacts/contact-task.ts';
import type { CellAnswerer } from '../engine/cell-answerers.ts';
import type { ClaimedCell } from '../engine/claim.ts';
import {
  type PreparedCell,
  promptCell,
  researchScope,
  type UnpreparedCell,
} from '../engine/prepared-cell.ts';
import { cellPrompt } from '../prompts/cell-prompt.ts';
import type { Store } from '../store/store.ts';
import type { AiColumnMeta, TableMeta } from '../store/table-meta.ts';
import { companyFieldTask } from './company-fields.ts';
import { parentRowOf } from './parent-row.ts';
import { peopleFinderPrompt } from './people-finder-prompt.ts';
import { ensurePeopleTable } from './people-table.ts';
import { taskCell } from './task-cell.ts';

export interface KindContext {
  store: Store;
  providers: Providers;
  webSearch: boolean;
  contacts: ContactProviders | undefined;
}

/**
 * The kinds' answerer, registered with the engine at startup: contact columns look people up with the
 * contact provider given, when one is configured.
 */
export const kindCellAnswerer = (contacts: ContactProviders): CellAnswerer => ({
  name: 'kinds',
  prepare: (context, table, column, cell, data) =>
    prepareKindCell({ ...context, contacts }, table, column, cell, data),
});

/**
 * How a cell of the company, people finder and contact kinds is called; undefined for agents and
 * criterion grades, which the engine prepares itself. The company profile and the people finder ask
 * the model, with the research tools when web search is configured (without it, from what the model
 * knows); the company fields are read from the profile; contacts go to the contact provider only.
 */
export async function prepareKindCell(
  context: KindContext,
  table: TableMeta,
  column: AiColumnMeta,
  cell: ClaimedCell,
  data: RowData,
): Promise<PreparedCell | UnpreparedCell | undefined> {
  const kind = column.config.kind;
  switch (kind) {
    case 'company_profile':
      return promptCell(
        context.providers,
        column,
        cell,
        cellPrompt(column, table.columns, data),
        researchScope(column.config, context.webSearch),
      );
    case 'company_people_finder': {
      // Made before the call, so the answer's people have a table to go to when it is written.
      await ensurePeopleTable(context.store, table, column);
      return promptCell(
        context.providers,
        column,
        cell,
        peopleFinderPrompt(column, table.columns, data),
        researchScope(column.config, context.webSearch),
      );
    }
    case 'company_name':
    case 'company_website':
      return taskCell(context.providers, column, cell, companyFieldTask(column, table.columns, data));
    case 'email_finder':
    case 'phone_finder':
    case 'reverse_email_lookup': {
      const provider = await context.contacts?.current();
      if (!provider) return { cell, error: NO_CONTACT_PROVIDER };
      const parent = await parentRowOf(context.store, table, { id: cell.rowId, data });
      const task = contactTask(provider, kind, column, table.columns, data, parent?.data ?? null);
      return 'error' in task ? { cell, error: task.error } : taskCell(context.providers, column, cell, task);
    }
    default:
      return undefined;
  }
}
