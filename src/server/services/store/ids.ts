import { randomBytes, randomFillSync } from 'node:crypto';

const pool = Buffer.alloc(16 * 1024);
let poolOffset = pool.length;
let lastMs = 0;
let sequence = 0;

/** Ten random bytes from a pool refilled 1,600 ids at a time (a syscall per id costs a tenth of an insert). */
function randomTen(): Buffer {
  if (poolOffset + 10 > pool.length) {
    randomFillSync(pool);
    poolOffset = 0;
  }
  poolOffset += 10;
  return pool.subarray(poolOffset - 10, poolOffset);
}

/**
 * A UUID version 7 (RFC 9562): 48-bit millisecond time, then a 12-bit sequence that keeps ids made in
 * the same millisecond in creation order, then random bits. Rows and history entries sort by creation
 * through their primary key.
 */
export function newId(): string {
  let ms = Date.now();
  if (ms > lastMs) {
    lastMs = ms;
    sequence = 0;
  } else if (++sequence > 0xfff) {
    lastMs += 1;
    sequence = 0;
  }
  ms = lastMs;
  const random = randomTen();
  const hex = ms.toString(16).padStart(12, '0');
  const seq = (0x7000 | sequence).toString(16);
  const variant = ((random[0]! & 0x3f) | 0x80).toString(16);
  const tail = random.toString('hex', 1, 8);
  return `${hex.slice(0, 8)}-${hex.slice(8)}-${seq}-${variant}${tail.slice(0, 2)}-${tail.slice(2)}`;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids in paths are free text; anything that is not a UUID cannot name a stored entity. */
export const isUuid = (value: string): boolean => UUID.test(value);

/** A short random SQL identifier for a user table or column; user names never reach SQL. */
export const newStorageName = (prefix: 't' | 'c'): string => `${prefix}_${randomBytes(6).toString('hex')}`;

/** A short random tag, to tell apart processes and instances that share a name. */
export const randomSuffix = (): string => randomBytes(4).toString('hex');
