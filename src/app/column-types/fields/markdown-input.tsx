import { Markdown } from '../../lib/markdown.tsx';
import type { FieldInputProps } from './form-field.ts';
import { TextAreaInput } from './text-input.tsx';

/** Markdown source, with the text rendered under it as it is typed. */
export function MarkdownInput(props: FieldInputProps) {
  const text = String(props.draft);
  return (
    <>
      <TextAreaInput {...props} />
      {text.trim() !== '' && (
        <section className="field-markdown" aria-label="Markdown preview">
          <Markdown text={text} />
        </section>
      )}
    </>
  );
}
