import type { ErrorDetail } from '../../contract/errors.ts';
import type { Row } from '../../contract/rows.ts';

/** Input that cannot be accepted: answered with 400 and the list of what was wrong. */
export class ValidationError extends Error {
  readonly details: ErrorDetail[];
  constructor(message: string, details: ErrorDetail[] = []) {
    super(message);
    this.details = details;
  }
}

/** An id that names nothing: answered with 404 and the message, e.g. "Table not found". */
export class NotFoundError extends Error {}

/** A write that named a version the row has moved past: answered with 409 and the current row. */
export class VersionConflictError extends Error {
  readonly current: Row;
  constructor(current: Row) {
    super(`Row changed since version you sent; it is now at version ${current.version}`);
    this.current = current;
  }
}
