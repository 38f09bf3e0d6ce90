import { useState } from 'react';
import { createPortal } from 'react-dom';

/** Only http(s) addresses are shown: a stored `javascript:` or other scheme never reaches an <img>. */
const SAFE_IMAGE = /^https?:\/\//i;

/** How large a hovered thumbnail is shown, at most, in CSS pixels. */
const PREVIEW_SIZE = 240;

/**
 * A thumbnail, loaded lazily (only when its row scrolls into view) and without a referrer, so the
 * image's host learns nothing of this table. With `enlarge`, hovering shows it larger beside the
 * pointer, portalled to the body: a grid cell clips what overflows it.
 */
export function Thumbnail({ url, enlarge = false }: { url: string; enlarge?: boolean }) {
  const [anchor, setAnchor] = useState<DOMRect | null>(null);
  if (!SAFE_IMAGE.test(url)) return <span>{url}</span>;
  return (
    <>
      <img
        className="grid-cell__thumb"
        src={url}
        alt=""
        title={url}
        loading="lazy"
        referrerPolicy="no-referrer"
        decoding="async"
        onMouseEnter={enlarge ? (event) => setAnchor(event.currentTarget.getBoundingClientRect()) : undefined}
        onMouseLeave={enlarge ? () => setAnchor(null) : undefined}
      />
      {anchor &&
        createPortal(
          <div
            className="grid-thumb-preview"
            style={{
              left: Math.max(8, Math.min(anchor.left, window.innerWidth - PREVIEW_SIZE - 16)),
              top:
                anchor.bottom + PREVIEW_SIZE + 16 < window.innerHeight
                  ? anchor.bottom + 4
                  : Math.max(8, anchor.top - PREVIEW_SIZE - 12),
            }}
          >
            <img className="grid-thumb-preview__image" src={url} alt="" referrerPolicy="no-referrer" />
          </div>,
          document.body,
        )}
    </>
  );
}
