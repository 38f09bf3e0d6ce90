import { useId } from 'react';
import type { Column } from '../../../../contract/columns.ts';
import type { PromptMode } from '../../../../contract/enrich.ts';
import { ColumnSelect } from '../../../components/column-select.tsx';
import { ModelInput, PromptEditor } from '../../ai-columns/index.ts';
import { defaultOperator, draftToSpec, FilterRow } from '../../filters/index.ts';
import type { EnrichDraft } from '../model/enrich-draft-store.ts';

interface EnrichRequestFormProps {
  draft: EnrichDraft;
  columns: Column[];
  targets: Column[];
  update: (patch: Partial<Omit<EnrichDraft, 'plan' | 'planOutdated'>>) => void;
}

const MODES: Array<{ mode: PromptMode; label: string }> = [
  { mode: 'auto', label: 'AI plans it' },
  { mode: 'custom', label: 'My prompt' },
];

/** What to enrich: the column, how the plan is made, which rows, which model. */
export function EnrichRequestForm({ draft, columns, targets, update }: EnrichRequestFormProps) {
  const id = useId();
  const others = columns.filter((column) => column.name !== draft.target);
  const first = others[0];
  return (
    <>
      <div className="field">
        <span className="field__label">Column to fill</span>
        <ColumnSelect
          label="Column to fill"
          value={draft.target}
          columns={targets}
          onChange={(target) => update({ target })}
        />
        <span className="field-hint">Rows that already have a value are skipped.</span>
      </div>
      <fieldset className="segmented" aria-label="How the plan is made">
        {MODES.map(({ mode, label }) => (
          <label
            key={mode}
            className={`segmented__option${draft.mode === mode ? ' segmented__option--on' : ''}`}
          >
            <input
              type="radio"
              name={`${id}-mode`}
              checked={draft.mode === mode}
              onChange={() => update({ mode })}
            />
            {label}
          </label>
        ))}
      </fieldset>
      <PromptEditor
        value={draft.prompt}
        onChange={(prompt) => update({ prompt })}
        columns={others}
        label={draft.mode === 'auto' ? 'What you want (optional)' : 'Prompt'}
        placeholder={
          draft.mode === 'auto' ? 'Focus on the tone of {feedback}' : 'Find the official website of {company}'
        }
        rows={3}
      />
      {draft.filter ? (
        <div className="field">
          <span className="field__label">Only rows where</span>
          <ul className="enrich-filter">
            <FilterRow
              index={0}
              draft={draft.filter}
              columns={columns}
              result={draftToSpec(
                draft.filter,
                columns.find((column) => column.name === draft.filter?.column),
              )}
              onChange={(filter) => update({ filter })}
              onRemove={() => update({ filter: null })}
            />
          </ul>
        </div>
      ) : (
        first && (
          <button
            type="button"
            className="link-button enrich-panel__add-filter"
            onClick={() =>
              update({
                filter: {
                  key: 'enrich',
                  column: first.name,
                  operator: defaultOperator(first.dataType),
                  value: '',
                },
              })
            }
          >
            + Only some rows
          </button>
        )
      )}
      <ModelInput value={draft.model} onChange={(model) => update({ model })} />
    </>
  );
}
