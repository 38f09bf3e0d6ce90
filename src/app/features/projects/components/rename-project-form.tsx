import type { Project } from '../../../../contract/projects.ts';
import { InlineNameInput } from '../../../components/inline-name-input.tsx';
import { useRenameProject } from '../api/rename-project.ts';

interface RenameProjectFormProps {
  project: Project;
  onDone: () => void;
}

/** Renames a project in place: Enter or leaving the field saves, Escape keeps the old name. */
export function RenameProjectForm({ project, onDone }: RenameProjectFormProps) {
  const renameProject = useRenameProject();
  return (
    <InlineNameInput
      label="Project name"
      initial={project.name}
      pending={renameProject.isPending}
      error={renameProject.error}
      onSave={(name) => renameProject.mutate({ projectId: project.id, name }, { onSuccess: onDone })}
      onCancel={onDone}
    />
  );
}
