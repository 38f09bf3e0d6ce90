import { countText } from '../../../../contract/count-text.ts';
import type { Project } from '../../../../contract/projects.ts';
import { ConfirmDialog } from '../../../components/confirm-dialog.tsx';
import { useDeleteProject } from '../api/delete-project.ts';

interface DeleteProjectDialogProps {
  /** The project to delete; the dialog is shut while this is undefined. */
  project: Project | undefined;
  /** How many tables it holds, to say what happens to them. */
  tableCount: number;
  onClose: () => void;
}

/** Asks before deleting a project; its tables stay, moved to "No project". */
export function DeleteProjectDialog({ project, tableCount, onClose }: DeleteProjectDialogProps) {
  const deleteProject = useDeleteProject();

  const cancel = () => {
    deleteProject.reset();
    onClose();
  };

  return (
    <ConfirmDialog
      open={project !== undefined}
      title={`Delete project “${project?.name ?? ''}”?`}
      confirmLabel="Delete project"
      pending={deleteProject.isPending}
      error={deleteProject.error}
      onConfirm={() => project && deleteProject.mutate(project.id, { onSuccess: onClose })}
      onCancel={cancel}
    >
      {tableCount === 0
        ? 'The project is empty.'
        : `Its ${countText(tableCount, 'table')} ${tableCount === 1 ? 'is' : 'are'} kept and moved to “No project”.`}
    </ConfirmDialog>
  );
}
