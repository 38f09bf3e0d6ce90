import type { ComponentType } from 'react';
import type { OutputFormat } from '../../../contract/ai/config.ts';
import { formatOf } from '../../../contract/ai/formats.ts';
import { isAiColumn } from '../../../contract/column-of.ts';
import type { Column } from '../../../contract/columns.ts';
import type { EditorProps } from '../editors/editor-props.ts';
import { ChoicesEditor } from '../editors/multiselect-editor.tsx';
import { ChoiceEditor } from '../editors/select-editor.tsx';
import { TextEditor } from '../editors/text-editor.tsx';
import type { CellProps, CellRenderer } from './cell-renderer.ts';
import { computedCell } from './computed-cell.tsx';
import { dateCell } from './date-cell.tsx';
import { emailCell } from './email-cell.tsx';
import { kindCells } from './kind-cells.tsx';
import { multiselectCell } from './multiselect-cell.tsx';
import { numberCell } from './number-cell.tsx';
import { selectCell } from './select-cell.tsx';
import { urlCell } from './url-cell.tsx';

/** An AI cell shows its value as the type its output format produces; the rest reads as text. */
const byFormat: Partial<Record<OutputFormat, CellRenderer>> = {
  number: numberCell,
  grade: numberCell,
  date: dateCell,
  label: selectCell,
  multiselect: multiselectCell,
  url: urlCell,
  email: emailCell,
};

function rendererOf({ column }: CellProps): CellRenderer {
  if (!isAiColumn(column)) return computedCell;
  const { kind } = column.config;
  return (kind && kindCells[kind]) ?? byFormat[formatOf(column.config)] ?? computedCell;
}

/** An AI column's labels (the choices of its label formats). */
const labelsOf = (column: Column) => (isAiColumn(column) ? column.config.labels : undefined);

/** Label formats edit with their labels to pick from; the rest type text, read by the format. */
const editorByFormat: Partial<Record<OutputFormat, ComponentType<EditorProps>>> = {
  label: (props) => <ChoiceEditor {...props} choices={labelsOf(props.column)} />,
  multiselect: (props) => <ChoicesEditor {...props} choices={labelsOf(props.column)} />,
};

function AiEditor(props: EditorProps) {
  const { column } = props;
  const Editor = (isAiColumn(column) && editorByFormat[formatOf(column.config)]) || TextEditor;
  return <Editor {...props} />;
}

export const aiCell: CellRenderer = {
  render: (props) => rendererOf(props).render(props),
  editor: AiEditor,
};
