import { randomBytes } from 'node:crypto';
import { v7 as uuidv7 } from 'uuid';

/** Time-ordered ids: rows and history entries sort by creation through their primary key. */
export const newId = (): string => uuidv7();

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids in paths are free text; anything that is not a UUID cannot name a stored entity. */
export const isUuid = (value: string): boolean => UUID.test(value);

/** A short random SQL identifier for a user table or column; user names never reach SQL. */
export const newStorageName = (prefix: 't' | 'c'): string => `${prefix}_${randomBytes(6).toString('hex')}`;
