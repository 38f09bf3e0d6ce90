import { isAiColumn } from '../../../contract/column-of.ts';
import { AiColumnPanel } from '../../features/ai-columns/index.ts';
import { EvaluateSection } from '../../features/evaluate/index.ts';
import { hasOwnKind, KindColumnPanel } from '../../features/table-kinds/index.ts';
import { VerifiedSection } from '../../features/verified/index.ts';
import type { ColumnDetailsProps, ColumnSettings, NewColumnPanelProps } from '../column-type.ts';

/**
 * An AI column's settings, then what people verified of its answers and the way to evaluate it; a
 * company, people finder or contact column shows what it does instead (it has no prompt to edit).
 */
function AiPanel({ table, column }: ColumnDetailsProps) {
  if (!isAiColumn(column)) return null;
  if (hasOwnKind(column)) return <KindColumnPanel column={column} />;
  return (
    <div className="ai-settings-panel">
      <AiColumnPanel key={column.id} table={table} column={column} />
      <VerifiedSection tableId={table.id} column={column} />
      <EvaluateSection key={`evaluate:${column.id}`} tableId={table.id} column={column} />
    </div>
  );
}

/** A new AI column: its settings, empty but for the name typed in the add-column form. */
const NewAiPanel = ({ table, name }: NewColumnPanelProps) => <AiColumnPanel table={table} name={name} />;

/** An AI column needs a prompt and more: it is set up, and later edited, in its own side panel. */
export const aiSettings: ColumnSettings = {
  Panel: AiPanel,
  title: 'AI column',
  setUp: { label: 'Set up AI column…', Panel: NewAiPanel },
};
