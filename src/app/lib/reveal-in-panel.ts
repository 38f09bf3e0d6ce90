/** Room kept between a revealed element and the panel's edge. */
const MARGIN = 12;

/**
 * Scrolls the side panel just enough to show `element` (or its top, when taller than the panel).
 * Only the panel's body scrolls: `scrollIntoView` would also scroll the app shell, whose overflow is
 * hidden but still scrollable by script, shifting the whole page.
 */
export function revealInPanel(element: HTMLElement | null, align: 'nearest' | 'start' = 'nearest'): void {
  const body = element?.closest<HTMLElement>('.side-panel__body');
  if (!element || !body) return;
  const view = body.getBoundingClientRect();
  const box = element.getBoundingClientRect();
  const top = box.top - view.top + body.scrollTop - MARGIN;
  const bottom = box.bottom - view.top + body.scrollTop + MARGIN;
  if (align === 'start' || box.height + 2 * MARGIN > view.height || box.top < view.top) {
    body.scrollTo({ top, behavior: 'smooth' });
  } else if (box.bottom > view.bottom) {
    body.scrollTo({ top: bottom - view.height, behavior: 'smooth' });
  }
}
