import { type FormEvent, useState } from 'react';
import type { Table } from '../../../../contract/tables.ts';
import type { TemplateCategory } from '../../../../contract/templates.ts';
import { errorText } from '../../../api/api-client.ts';
import { SparkleIcon } from '../../../components/icons.tsx';
import { Popover } from '../../../components/popover.tsx';
import { useSaveTemplate } from '../api/save-template.ts';
import './templates.css';

const CATEGORIES: TemplateCategory[] = ['business', 'pm', 'finance', 'content', 'personal'];

/** A small form to save the open table's columns (and first 5 rows) as a template of your own. */
function SaveTemplateForm({ table }: { table: Table }) {
  const [name, setName] = useState(table.name);
  const [category, setCategory] = useState<TemplateCategory | ''>('');
  const [sample, setSample] = useState(true);
  const save = useSaveTemplate();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) return;
    save.mutate({
      tableId: table.id,
      name: name.trim(),
      includeSampleData: sample,
      ...(category && { category }),
    });
  };
  return (
    <form className="save-template" aria-label="Save as template" onSubmit={submit}>
      <label className="field">
        <span className="field__label">Template name</span>
        <input
          className="input"
          value={name}
          maxLength={256}
          onChange={(event) => setName(event.target.value)}
        />
      </label>
      <label className="field">
        <span className="field__label">Category</span>
        <select
          className="input"
          value={category}
          onChange={(event) => setCategory(event.target.value as TemplateCategory | '')}
        >
          <option value="">None</option>
          {CATEGORIES.map((option) => (
            <option key={option} value={option}>
              {option}
            </option>
          ))}
        </select>
      </label>
      <label className="checkbox-row">
        <input type="checkbox" checked={sample} onChange={(event) => setSample(event.target.checked)} />
        <span>Keep the first 5 rows as sample data</span>
      </label>
      {save.isError && (
        <p className="field-error" role="alert">
          {errorText(save.error)}
        </p>
      )}
      {save.isSuccess && <p role="status">Saved: “{save.data.name}” is in the new-table gallery.</p>}
      <button type="submit" className="button button--primary" disabled={save.isPending || !name.trim()}>
        Save template
      </button>
    </form>
  );
}

/** "Save as template" in a table's toolbar. */
export function SaveTemplateButton({ table }: { table: Table }) {
  return (
    <Popover label="Save as template" buttonLabel="Save as template" align="end" button={<SparkleIcon />}>
      {() => <SaveTemplateForm table={table} />}
    </Popover>
  );
}
