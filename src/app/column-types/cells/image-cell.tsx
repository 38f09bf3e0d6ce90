import { Thumbnail } from '../../components/thumbnail.tsx';
import type { CellRenderer } from './cell-renderer.ts';

const urlsOf = (value: unknown): string[] =>
  (Array.isArray(value) ? value : [value]).filter(
    (url): url is string => typeof url === 'string' && url !== '',
  );

/** One image or several, as thumbnails in a row. */
export const imageCell: CellRenderer = {
  render: ({ value }) => {
    const urls = urlsOf(value);
    if (urls.length === 0) return null;
    return (
      <span className="grid-cell__thumbs">
        {urls.map((url, index) => (
          // The same image may be listed twice: the position keeps keys unique.
          // biome-ignore lint/suspicious/noArrayIndexKey: images have no identity but their place
          <Thumbnail key={`${index}:${url}`} url={url} enlarge />
        ))}
      </span>
    );
  },
};
