import type { Template } from '../../../../contract/templates.ts';
import { SparkleIcon } from '../../../components/icons.tsx';

/** Whether a template column is an AI column (its prompt rides in config.ai until AI columns have a type). */
export const isAiColumn = (column: Template['columns'][number]): boolean =>
  typeof (column.config as { ai?: unknown } | undefined)?.ai === 'object';

/** One template in the gallery: name, what it is for, and its columns with the AI ones marked. */
export function TemplateCard({ template, onChoose }: { template: Template; onChoose: () => void }) {
  const ai = template.columns.filter(isAiColumn).length;
  return (
    <li className="template-card">
      <button
        type="button"
        className="template-card__button"
        onClick={onChoose}
        aria-label={`Use template ${template.name}`}
      >
        <span className="template-card__top">
          <span className="template-card__name">{template.name}</span>
          {template.category && <span className="template-card__category">{template.category}</span>}
        </span>
        <span className="template-card__description">{template.description}</span>
        <span className="template-card__columns">
          {template.columns.map((column) => (
            <span
              key={column.name}
              className={`template-card__column${isAiColumn(column) ? ' template-card__column--ai' : ''}`}
            >
              {isAiColumn(column) && <SparkleIcon />}
              {column.displayName ?? column.name}
            </span>
          ))}
        </span>
        {ai > 0 && <span className="visually-hidden">{ai} AI columns</span>}
      </button>
    </li>
  );
}
