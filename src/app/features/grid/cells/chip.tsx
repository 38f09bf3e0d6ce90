/** A hue from the option's text, so one option has one colour everywhere, without configuration. */
function optionHue(option: string): number {
  let hash = 0;
  for (let i = 0; i < option.length; i++) hash = (hash * 31 + option.charCodeAt(i)) | 0;
  return Math.abs(hash) % 360;
}

/** One coloured option chip. */
export function Chip({ option }: { option: string }) {
  return (
    <span className="grid-chip" style={{ '--chip-hue': optionHue(option) } as React.CSSProperties}>
      {option}
    </span>
  );
}
