import { isColumnOf } from '../../../contract/column-of.ts';
import type { ColumnDetailsProps, ColumnSettings, NewColumnFieldsProps } from '../column-type.ts';
import { RelationConfigFields } from './relation-config-fields.tsx';

function NewRelation({ tableId, config, onChange }: NewColumnFieldsProps) {
  return (
    <RelationConfigFields
      tableId={tableId}
      targetTableId={config.targetTableId ?? ''}
      displayColumn={config.displayColumn ?? ''}
      onChange={(patch) => {
        const next = {
          targetTableId: config.targetTableId ?? '',
          displayColumn: config.displayColumn,
          ...patch,
        };
        onChange({
          targetTableId: next.targetTableId,
          ...(next.displayColumn && { displayColumn: next.displayColumn }),
        });
      }}
    />
  );
}

function RelationDetails({ column }: ColumnDetailsProps) {
  if (!isColumnOf('relation')(column)) return null;
  return (
    <>
      <dt>Links to</dt>
      <dd>
        <code>{column.config.targetTableId}</code>
        {column.config.displayColumn && ` by ${column.config.displayColumn}`}
      </dd>
    </>
  );
}

/** A link column names the table it links to when added. */
export const relationSettings: ColumnSettings = {
  New: NewRelation,
  ready: (config) => Boolean(config.targetTableId),
  Details: RelationDetails,
};
