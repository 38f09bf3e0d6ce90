import { useEffect, useRef } from 'react';

/**
 * A function that calls `callback` once calls have paused for `delay` ms. The latest callback is
 * always the one run, and a pending call is dropped when the component unmounts.
 */
export function useDebouncedCallback<A extends unknown[]>(callback: (...args: A) => void, delay: number) {
  const latest = useRef(callback);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => {
    latest.current = callback;
  });
  useEffect(() => () => clearTimeout(timer.current), []);
  const debounced = useRef((...args: A) => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => latest.current(...args), delay);
  });
  return debounced.current;
}
