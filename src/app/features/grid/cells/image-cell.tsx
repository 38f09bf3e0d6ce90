import type { CellRenderer } from './cell-renderer.ts';

/** Only http(s) addresses are shown: a stored `javascript:` or other scheme never reaches an <img>. */
const SAFE_IMAGE = /^https?:\/\//i;

/**
 * A thumbnail, loaded lazily (only when its row scrolls into view) and without a referrer, so the
 * image's host learns nothing of this table; hovering enlarges it.
 */
export function Thumbnail({ url }: { url: string }) {
  if (!SAFE_IMAGE.test(url)) return <span>{url}</span>;
  return (
    <img
      className="grid-cell__thumb"
      src={url}
      alt=""
      title={url}
      loading="lazy"
      referrerPolicy="no-referrer"
      decoding="async"
    />
  );
}

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
          <Thumbnail key={`${index}:${url}`} url={url} />
        ))}
      </span>
    );
  },
};
