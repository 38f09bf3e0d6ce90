import { Thumbnail } from '../../components/thumbnail.tsx';
import type { FieldInputProps } from './form-field.ts';
import { TextInput } from './text-input.tsx';

/** The image addresses as text, with the images shown larger under it as they are typed. */
export function ImageInput(props: FieldInputProps) {
  const urls = String(props.draft)
    .split(/[\s,]+/)
    .filter((url) => /^https?:\/\/\S+$/i.test(url));
  return (
    <>
      <TextInput {...props} />
      {urls.length > 0 && (
        <div className="field-images">
          {urls.map((url, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: images have no identity but their place
            <Thumbnail key={`${index}:${url}`} url={url} />
          ))}
        </div>
      )}
    </>
  );
}
