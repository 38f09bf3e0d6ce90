import { dataTypes, groupsThousands } from '../../contract/data-types/index.ts';
import { asText, type ServerColumnType } from './column-type.ts';
import { type StorageType, whenJson } from './storage-types.ts';

/** "007", "02139": digits with a leading zero are codes (zip, id), not numbers, or the zero is lost. */
const LEADING_ZERO = /^[-+]?0\d/;

export const numberStorage: StorageType = {
  kind: 'number',
  sqlType: 'double precision',
  toText: (column) => `${column}::text`,
  // Whole numbers with every digit: float8's text is 1.234567890123456e+15 from 16 digits on, which
  // mangles identifiers. bigint holds every whole number a double keeps exactly (and more).
  fileText: (column) =>
    `CASE WHEN ${column} = trunc(${column}) AND abs(${column}) < 1e18 THEN ${column}::bigint::text ELSE ${column}::text END`,
  fromText: (expr) => `ait_try_float8(${expr})`,
  fromJson: (stored) => whenJson(stored, 'number', `(${stored})::double precision`),
  decode: (value) => value,
};

/** Excel's General format shows 12 digits or more as 1.23457E+11: identifiers show every digit. */
const WHOLE_FORMAT = '0';

export const numberColumn: ServerColumnType<'number'> = {
  storage: () => numberStorage,
  file: {
    fromValue: (value) => (typeof value === 'number' ? value : undefined),
    refuse: (value) => (Number.isFinite(value) ? undefined : 'Expected a finite number'),
  },
  // Numbers that are identifiers (`thousandsSeparator: false`) show every digit of a whole number.
  xlsxFormat: (config) =>
    groupsThousands(config)
      ? undefined
      : { cell: (value) => (Number.isInteger(value) ? WHOLE_FORMAT : undefined) },
  enrich: { format: () => 'number' },
  infer: {
    rank: 2,
    fits: (value) => {
      if (typeof value === 'number') return Number.isFinite(value);
      const text = asText(value);
      return (
        text !== undefined && dataTypes.number.parseText(text, {}) !== undefined && !LEADING_ZERO.test(text)
      );
    },
  },
};
