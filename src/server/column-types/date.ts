import { dataTypes } from '../../contract/data-types/index.ts';
import type { ServerColumnType } from './column-type.ts';
import { parses } from './parses.ts';
import { type StorageType, whenJson } from './storage-types.ts';

export const dateStorage: StorageType = {
  kind: 'timestamp',
  sqlType: 'timestamptz',
  toText: (column) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`,
  // A date given without a time (stored as UTC midnight) is a day in a file: 2024-02-18, as the grid shows it.
  fileText: (column) =>
    `to_char(${column} AT TIME ZONE 'UTC', CASE WHEN (${column} AT TIME ZONE 'UTC')::time = '00:00' THEN 'YYYY-MM-DD' ELSE 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"' END)`,
  fromText: (expr) => `ait_try_timestamptz(${expr})`,
  fromJson: (stored) => whenJson(stored, 'string', `ait_try_timestamptz(${stored} #>> '{}')`),
  decode: (value) =>
    value instanceof Date
      ? value.toISOString()
      : value === null
        ? null
        : new Date(String(value)).toISOString(),
};

/** A calendar day, the commonest date in files: read without the general ISO parser. */
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

function day(text: string): string | undefined {
  const match = DAY.exec(text);
  if (!match) return undefined;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  // Date.UTC rolls 2026-02-30 over into March; a day that moved is not a calendar day.
  return date.getUTCDate() === d && date.getUTCMonth() === m - 1 ? date.toISOString() : undefined;
}

/** Dates: ISO days and instants; ambiguous day/month orders (03/04/2026) stay text rather than guess. */
export const dateColumn: ServerColumnType<'date'> = {
  storage: () => dateStorage,
  file: { fromText: (text, config) => day(text.trim()) || dataTypes.date.parseText(text, config) },
  enrich: { format: () => 'date' },
  infer: { rank: 3, fits: parses('date') },
};
