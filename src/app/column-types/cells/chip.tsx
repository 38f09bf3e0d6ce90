import type { OptionColor } from '../../../contract/data-types/index.ts';

/** The hue of each colour an option can be given; gray has none (see .grid-chip--gray). */
export const OPTION_COLOR_HUES: Record<OptionColor, number> = {
  gray: 0,
  red: 4,
  orange: 28,
  yellow: 48,
  green: 135,
  teal: 178,
  blue: 215,
  purple: 268,
  pink: 325,
};

/**
 * A hue from the option's text, so one option has one colour everywhere without configuration,
 * whatever its position among the options.
 */
function optionHue(option: string): number {
  let hash = 0;
  for (let i = 0; i < option.length; i++) hash = (hash * 31 + option.charCodeAt(i)) | 0;
  return Math.abs(hash) % 360;
}

/** One coloured option chip: the colour chosen for it in the column's settings, or one from its text. */
export function Chip({ option, color }: { option: string; color?: OptionColor | undefined }) {
  const hue = color ? OPTION_COLOR_HUES[color] : optionHue(option);
  return (
    <span
      className={`grid-chip${color === 'gray' ? ' grid-chip--gray' : ''}`}
      style={{ '--chip-hue': hue } as React.CSSProperties}
    >
      {option}
    </span>
  );
}
