import { useState } from 'react';
import './templates.css';
import type { Template, TemplateCategory } from '../../../../contract/templates.ts';
import { ModalDialog } from '../../../components/modal-dialog.tsx';
import { ErrorMessage, Loading } from '../../../components/status-message.tsx';
import { navigate } from '../../../lib/router.ts';
import { useTemplates } from '../api/get-templates.ts';
import { TemplateCard } from './template-card.tsx';
import { useTemplateGalleryStore } from './template-gallery-store.ts';
import { UseTemplateForm } from './use-template-form.tsx';

const CATEGORIES: Array<{ value: TemplateCategory | 'all'; label: string }> = [
  { value: 'all', label: 'All' },
  { value: 'business', label: 'Business' },
  { value: 'pm', label: 'Projects' },
  { value: 'finance', label: 'Finance' },
  { value: 'content', label: 'Content' },
  { value: 'personal', label: 'Personal' },
];

interface TemplateGalleryProps {
  /** Other ways to start, offered beside the templates (a blank table, a file). */
  onBlank: (projectId: string | null) => void;
  onImport: (projectId: string | null) => void;
  /** Opens "New table from documents". */
  onExtract: (projectId: string | null) => void;
}

/** "New table": start blank, from a file, or from a template (system ones and your own). */
export function TemplateGallery({ onBlank, onImport, onExtract }: TemplateGalleryProps) {
  const projectId = useTemplateGalleryStore((s) => s.projectId);
  const close = useTemplateGalleryStore((s) => s.close);
  const templates = useTemplates();
  const [category, setCategory] = useState<TemplateCategory | 'all'>('all');
  const [chosen, setChosen] = useState<Template | null>(null);
  if (projectId === undefined) return null;
  const shown = (templates.data ?? []).filter(
    (template) => category === 'all' || template.category === category,
  );
  const done = () => {
    setChosen(null);
    close();
  };
  return (
    <ModalDialog title={chosen ? chosen.name : 'New table'} onClose={done}>
      {chosen ? (
        <UseTemplateForm
          template={chosen}
          projectId={projectId}
          onBack={() => setChosen(null)}
          onCreated={(tableId) => {
            done();
            navigate({ name: 'table', tableId });
          }}
        />
      ) : (
        <div className="template-gallery">
          <div className="template-gallery__starts">
            <button
              type="button"
              className="button"
              onClick={() => {
                done();
                onBlank(projectId);
              }}
            >
              Blank table
            </button>
            <button
              type="button"
              className="button"
              onClick={() => {
                done();
                onImport(projectId);
              }}
            >
              Import a file
            </button>
            <button
              type="button"
              className="button"
              onClick={() => {
                done();
                onExtract(projectId);
              }}
            >
              From documents
            </button>
          </div>
          <fieldset className="template-gallery__filters">
            <legend className="visually-hidden">Template categories</legend>
            {CATEGORIES.map((option) => (
              <button
                key={option.value}
                type="button"
                className={`chip-button${category === option.value ? ' chip-button--active' : ''}`}
                aria-pressed={category === option.value}
                onClick={() => setCategory(option.value)}
              >
                {option.label}
              </button>
            ))}
          </fieldset>
          {templates.isPending && <Loading label="Loading templates…" />}
          {templates.isError && <ErrorMessage error={templates.error} />}
          <ul className="template-gallery__grid" aria-label="Templates">
            {shown.map((template) => (
              <TemplateCard key={template.id} template={template} onChoose={() => setChosen(template)} />
            ))}
          </ul>
        </div>
      )}
    </ModalDialog>
  );
}
