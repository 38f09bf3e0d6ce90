/** Everything that takes keyboard focus, except what opted out with tabindex="-1". */
export const FOCUSABLE =
  'input:not([disabled]), select:not([disabled]), textarea:not([disabled]), button:not([disabled]), a[href], [tabindex]:not([tabindex="-1"])';

// Form fields come first: in a form the first field, not a link above it, is where typing belongs;
// in a radio group, the chosen option.
const PREFERRED =
  'input[type="radio"]:checked, input:not([disabled]):not([type="radio"]), select:not([disabled]), textarea:not([disabled])';

/** Moves focus to the first field inside an element, else its first control, else the element itself. */
export function focusFirst(container: HTMLElement): void {
  const target =
    container.querySelector<HTMLElement>(PREFERRED) ??
    container.querySelector<HTMLElement>(FOCUSABLE) ??
    container;
  target.focus();
}
