import type { ComponentType } from 'react';
import type { Column } from '../../../contract/columns.ts';

/** A field's value while edited: text for typed inputs, a flag for a checkbox, a list for option checkboxes. */
export type FieldDraft = string | boolean | string[];

/** What a field's control is given. */
export interface FieldInputProps {
  /** Element id the field's label points at. */
  id: string;
  column: Column;
  draft: FieldDraft;
  /** The stored value, for read-only fields that show it as it is. */
  value: unknown;
  error: string | undefined;
  /** aria-invalid and aria-describedby for the control, pointing at the field's error message. */
  invalid: { 'aria-invalid': true | undefined; 'aria-describedby': string | undefined };
  onChange: (draft: FieldDraft) => void;
  /** Hints for a one-line text control (the type's FormField.hints). */
  hints?: TextHints;
}

/** How a one-line field helps the browser: its input type (date picker, URL and email keyboards) and hints. */
export interface TextHints {
  type?: 'date' | 'url' | 'email' | 'tel';
  placeholder?: string;
  inputMode?: 'decimal' | 'tel';
}

/** How the row form edits one data type: the control, and how a value becomes a draft and back. */
export interface FormField {
  Input: ComponentType<FieldInputProps>;
  /** How the control sits: under its label, beside it (a checkbox), or as a group with its own legend. */
  layout?: (column: Column) => 'block' | 'inline' | 'group';
  /** The stored value as the control's draft; the value as text when absent. */
  toDraft?: (value: unknown, column: Column) => FieldDraft;
  /** Hints for the one-line text control this type uses (or falls back to). */
  hints?: TextHints;
}
