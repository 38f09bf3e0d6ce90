import { type RefObject, useEffect } from 'react';

/** Calls `onDismiss` on a mouse press outside the element (a popover closing on outside clicks). */
export function useDismiss(ref: RefObject<HTMLElement | null>, onDismiss: () => void, active = true) {
  useEffect(() => {
    if (!active) return;
    const onDown = (event: MouseEvent) => {
      if (ref.current && !ref.current.contains(event.target as Node)) onDismiss();
    };
    document.addEventListener('mousedown', onDown, true);
    return () => document.removeEventListener('mousedown', onDown, true);
  }, [ref, onDismiss, active]);
}
