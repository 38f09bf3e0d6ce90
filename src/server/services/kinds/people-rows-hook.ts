import { and, eq } from 'drizzle-orm';
import { isAiColumn } from '../../../contract/column-of.ts';
import type { RowData } from '../../../contract/rows.ts';
import { tableRelationships } from '../../db/schema.ts';
import type { RowHook } from '../store/row-hooks.ts';
import type { Store } from '../store/store.ts';
import { loadTable } from '../store/table-meta.ts';
import { replaceChildRows } from './child-rows.ts';
import { parentLinkColumn } from './parent-row.ts';
import { FoundPerson } from './people-finder-prompt.ts';
import { PEOPLE_COLUMNS } from './people-table.ts';

const asPeople = (value: unknown): RowData[] =>
  (Array.isArray(value) ? value : []).flatMap((entry) => {
    const person = FoundPerson.safeParse(entry);
    if (!person.success) return [];
    return [
      {
        [PEOPLE_COLUMNS.name]: person.data.name,
        [PEOPLE_COLUMNS.role]: person.data.role,
        [PEOPLE_COLUMNS.linkedin]: person.data.linkedin_url,
      },
    ];
  });

/**
 * A people finder's answer, written by the engine, becomes rows of its people table in the same
 * transaction: the people found for a company replace those found for it before, each linked to the
 * company row. Answers a person typed into the cell are theirs: only AI answers make rows.
 */
export function peopleRowsHook(store: Store): RowHook {
  return {
    name: 'people-finder',
    afterAnswers: async (tx, { table, changes, source }) => {
      if (source !== 'ai') return;
      const finders = table.columns
        .filter(isAiColumn)
        .filter((column) => column.config.kind === 'company_people_finder');
      for (const finder of finders) {
        const answered = changes.filter((change) => change.after && change.changed?.includes(finder.name));
        if (answered.length === 0) continue;
        const [relationship] = await tx
          .select()
          .from(tableRelationships)
          .where(
            and(eq(tableRelationships.parentTableId, table.id), eq(tableRelationships.columnId, finder.id)),
          );
        if (!relationship) continue;
        const people = await loadTable(tx, relationship.childTableId);
        const link = parentLinkColumn(people, table.id);
        if (!link) continue;
        await replaceChildRows(
          store,
          tx,
          people,
          link,
          answered.map((change) => ({
            parentRowId: change.rowId,
            rows: asPeople(change.after?.[finder.name]),
          })),
        );
      }
    },
  };
}
