/** "1 row", "1,234 rows": a count with its noun, singular for one. */
export function countText(count: number, singular: string, plural = `${singular}s`): string {
  return `${count.toLocaleString()} ${count === 1 ? singular : plural}`;
}
