import { InlineNameInput } from '../../../components/inline-name-input.tsx';
import { useCreateProject } from '../api/create-project.ts';

/** Names a new project in place: Enter creates it, Escape or an empty name cancels. */
export function NewProjectForm({ onDone }: { onDone: () => void }) {
  const createProject = useCreateProject();
  return (
    <InlineNameInput
      label="New project name"
      placeholder="Project name"
      pending={createProject.isPending}
      error={createProject.error}
      onSave={(name) => createProject.mutate({ name }, { onSuccess: onDone })}
      onCancel={onDone}
      className="inline-name--boxed"
    />
  );
}
