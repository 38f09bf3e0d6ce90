import { AiColumnPanel } from '../../features/ai-columns/components/ai-column-panel.tsx';
import { NEW_COLUMN, usePanelStore } from '../../store/panel-store.ts';
import type { ColumnDetailsProps, ColumnSettings } from '../column-type.ts';

function AiPanel({ table, column }: ColumnDetailsProps) {
  return <AiColumnPanel key={column.id} table={table} column={column} />;
}

/** An AI column needs a prompt and more: it is set up, and later edited, in its own side panel. */
export const aiSettings: ColumnSettings = {
  Panel: AiPanel,
  setUp: {
    label: 'Set up AI column…',
    open: (tableId, name) =>
      usePanelStore.getState().openPanel({ kind: 'column', tableId, columnId: NEW_COLUMN, name }),
  },
};
