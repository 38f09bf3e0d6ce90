/** A link that opens in a new tab; pressing it still selects its cell, double-clicking does not edit. */
export function CellLink({ href, text }: { href: string; text: string }) {
  return (
    <a
      className="grid-cell__link"
      href={href}
      target="_blank"
      rel="noopener noreferrer"
      tabIndex={-1}
      onDoubleClick={(event) => event.stopPropagation()}
    >
      {text}
    </a>
  );
}
