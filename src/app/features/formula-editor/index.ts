/** The formula editor: a computed column's formula with autocomplete and a live check. */

export { FormulaColumnForm } from './components/formula-column-form.tsx';
export { FormulaEditor } from './components/formula-editor.tsx';
export { checkDraft } from './model/check-draft.ts';
