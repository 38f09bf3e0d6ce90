import type { RowData } from '../../../contract/rows.ts';

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * A person's edit made on an older version of a row, merged field by field (three-way, against the
 * version they read): the fields they changed are applied over the row as it is now; a field that
 * both they and someone else (another person, the AI engine) changed to different values is a
 * conflict. Fields they did not send are left as they are now.
 */
export function mergeEdit(edit: {
  base: RowData;
  current: RowData;
  given: RowData;
  sent: Iterable<string>;
}): { data: RowData; conflicts: string[] } {
  const changedByClient = [...edit.sent].filter((name) => !same(edit.given[name], edit.base[name]));
  const conflicts = changedByClient.filter(
    (name) => !same(edit.current[name], edit.base[name]) && !same(edit.given[name], edit.current[name]),
  );
  const data = { ...edit.current };
  for (const name of changedByClient) data[name] = edit.given[name];
  return { data, conflicts };
}
