import type { DashboardItem } from '../../../../contract/charts.ts';

/** The items with one moved from `from` to `to` (array positions). */
export function moveItem(items: DashboardItem[], from: number, to: number): DashboardItem[] {
  if (from === to || from < 0 || to < 0 || from >= items.length || to >= items.length) return items;
  const next = [...items];
  const [moved] = next.splice(from, 1);
  next.splice(to, 0, moved as DashboardItem);
  return next;
}

/** The items with one resized; sizes stay within the dashboard's 3 columns and 3 row units. */
export function resizeItem(
  items: DashboardItem[],
  chartId: string,
  size: { w?: number; h?: number },
): DashboardItem[] {
  const clamp = (value: number) => Math.min(3, Math.max(1, value));
  return items.map((item) =>
    item.chartId === chartId ? { ...item, w: clamp(size.w ?? item.w), h: clamp(size.h ?? item.h) } : item,
  );
}
