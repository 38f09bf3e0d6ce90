import type { ColumnDef } from '../../../../contract/columns.ts';
import type { RowData } from '../../../../contract/rows.ts';
import type { TemplateCategory } from '../../../../contract/templates.ts';

/** A template shipped with the app; its id is fixed so links and scripts can name it. */
export interface SystemTemplate {
  id: string;
  name: string;
  description: string;
  category: TemplateCategory;
  columns: ColumnDef[];
  sampleRows: RowData[];
}
