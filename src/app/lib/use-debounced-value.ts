import { useEffect, useState } from 'react';

/**
 * The value as it was once it stopped changing for `delay` ms. Values are compared by their JSON, so
 * an object rebuilt on every render with the same content does not restart the wait.
 */
export function useDebouncedValue<T>(value: T, delay: number): T {
  const [settled, setSettled] = useState(value);
  const key = JSON.stringify(value);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the JSON key stands for the value.
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delay);
    return () => clearTimeout(timer);
  }, [key, delay]);
  return settled;
}
