import type { ExtractColumnType } from '../../../../contract/extract.ts';
import { TrashIcon } from '../../../components/icons.tsx';
import { FIELD_TYPES, type FieldDraft } from '../model/field-draft.ts';

interface FieldEditorProps {
  field: FieldDraft;
  /** 1-based, for labels: "Field 2 name". */
  position: number;
  /** The name input, for the list to move focus to it. */
  nameRef: (input: HTMLInputElement | null) => void;
  onChange: (patch: Partial<FieldDraft>) => void;
  onRemove: () => void;
}

/** One field of the schema: its name, type, whether every item has it, and what to look for. */
export function FieldEditor({ field, position, nameRef, onChange, onRemove }: FieldEditorProps) {
  const name = `Field ${position}`;
  return (
    <li className="field-editor">
      <div className="field-editor__main">
        <input
          ref={nameRef}
          className="input"
          aria-label={`${name} name`}
          placeholder="Name, e.g. Price"
          value={field.label}
          maxLength={128}
          onChange={(event) => onChange({ label: event.target.value })}
        />
        <select
          className="input"
          aria-label={`${name} type`}
          value={field.type}
          onChange={(event) => onChange({ type: event.target.value as ExtractColumnType })}
        >
          {FIELD_TYPES.map((type) => (
            <option key={type.value} value={type.value}>
              {type.label}
            </option>
          ))}
        </select>
        <label
          className="field-editor__required"
          title="Items without it are flagged; items are told apart by it"
        >
          <input
            type="checkbox"
            aria-label={`${name} required`}
            checked={field.required}
            onChange={(event) => onChange({ required: event.target.checked })}
          />
          Required
        </label>
        <button
          type="button"
          className="icon-button"
          aria-label={`Remove ${name.toLowerCase()}`}
          onClick={onRemove}
        >
          <TrashIcon />
        </button>
      </div>
      <input
        className="input input--compact"
        aria-label={`${name} description`}
        placeholder="What to look for (optional), e.g. the unit price in euros, without VAT"
        value={field.description}
        maxLength={2000}
        onChange={(event) => onChange({ description: event.target.value })}
      />
      {field.type === 'enum' && (
        <input
          className="input input--compact"
          aria-label={`${name} values`}
          placeholder="The values it can take, comma-separated: tool, toy, book"
          value={field.options}
          onChange={(event) => onChange({ options: event.target.value })}
        />
      )}
    </li>
  );
}
