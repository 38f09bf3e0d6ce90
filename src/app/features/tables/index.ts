/** The tables feature: a table's header and add-column button, and the sidebar's table items and forms. */
export { AddColumnButton } from './components/add-column-button.tsx';
export { DeleteTableDialog } from './components/delete-table-dialog.tsx';
export { NewTableForm } from './components/new-table-form.tsx';
export { TableHeader } from './components/table-header.tsx';
export { TableListItem } from './components/table-list-item.tsx';
