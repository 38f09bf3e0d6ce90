import { eq, or } from 'drizzle-orm';
import type { Table, TableRelationship } from '../../../contract/tables.ts';
import type { Executor } from '../../db/database.ts';
import { tableRelationships } from '../../db/schema.ts';

/** A table's child relationships (tables it fills) and parent relationships (tables it was made for). */
export async function relationshipsOf(
  executor: Executor,
  tableId: string,
): Promise<Pick<Table, 'childRelationships' | 'parentRelationships'>> {
  const records = await executor
    .select()
    .from(tableRelationships)
    .where(or(eq(tableRelationships.parentTableId, tableId), eq(tableRelationships.childTableId, tableId)));
  const side = (record: (typeof records)[number], tableId: string): TableRelationship => ({
    tableId,
    type: record.type as TableRelationship['type'],
    columnId: record.columnId,
  });
  return {
    childRelationships: records
      .filter((record) => record.parentTableId === tableId)
      .map((record) => side(record, record.childTableId)),
    parentRelationships: records
      .filter((record) => record.childTableId === tableId)
      .map((record) => side(record, record.parentTableId)),
  };
}
