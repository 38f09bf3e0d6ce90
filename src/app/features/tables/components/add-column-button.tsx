import type { Table } from '../../../../contract/tables.ts';
import { PlusIcon } from '../../../components/icons.tsx';
import { Popover } from '../../../components/popover.tsx';
import { AddColumnForm } from './add-column-form.tsx';

/** "+ Column" in the toolbar: the add-column form in a popover, closed once the column exists. */
export function AddColumnButton({ table }: { table: Table }) {
  return (
    <Popover
      label="Add column"
      align="end"
      button={
        <>
          <PlusIcon />
          <span className="toolbar__collapsible-label">Column</span>
        </>
      }
      buttonLabel="New column"
    >
      {(close) => <AddColumnForm tableId={table.id} columns={table.columns} onAdded={close} />}
    </Popover>
  );
}
