const UNITS = ['bytes', 'KB', 'MB', 'GB'];

/** A size as people read it: "830 bytes", "12.4 KB", "3.1 MB" (powers of 1024, one decimal below 10). */
export function formatBytes(bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  const digits = unit === 0 || value >= 10 ? 0 : 1;
  return `${value.toFixed(digits)} ${UNITS[unit]}`;
}
