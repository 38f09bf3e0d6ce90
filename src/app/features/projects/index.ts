/** The projects feature: the forms and dialog the sidebar opens to add, rename and delete a project. */
export { DeleteProjectDialog } from './components/delete-project-dialog.tsx';
export { NewProjectForm } from './components/new-project-form.tsx';
export { RenameProjectForm } from './components/rename-project-form.tsx';
