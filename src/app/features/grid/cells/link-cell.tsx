/** A link that opens in a new tab and does not start a cell selection or an edit. */
export function CellLink({ href, text }: { href: string; text: string }) {
  return (
    <a
      className="grid-cell__link"
      href={href}
      target="_blank"
      rel="noopener noreferrer"
      tabIndex={-1}
      onMouseDown={(event) => event.stopPropagation()}
      onDoubleClick={(event) => event.stopPropagation()}
    >
      {text}
    </a>
  );
}
