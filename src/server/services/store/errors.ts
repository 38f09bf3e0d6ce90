import type { ErrorDetail } from '../../../contract/errors.ts';
import type { Row } from '../../../contract/rows.ts';

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
  /** The fields both sides changed, when known. */
  readonly conflicts: string[];
  constructor(current: Row, conflicts: string[] = []) {
    super(
      conflicts.length > 0
        ? `${conflicts.map((name) => `"${name}"`).join(', ')} changed since the version you sent (now at version ${current.version})`
        : `Row changed since version you sent; it is now at version ${current.version}`,
    );
    this.current = current;
    this.conflicts = conflicts;
  }
}

/** A request that contradicts the resource's state (a run already rolled back): answered with 409. */
export class ConflictError extends Error {}
