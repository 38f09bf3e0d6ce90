import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../api/api-error.ts';
import { fieldErrors } from './field-errors.ts';

const columns = new Set(['rating', 'name']);

describe('fieldErrors', () => {
  it('reads update and insert paths as fields', () => {
    const error = new ApiError(
      400,
      {
        error: 'Invalid row data',
        details: [
          { path: 'data.rating', message: 'Expected a number' },
          { path: 'rows[0].data.name', message: 'Required' },
          { path: 'data.ghost', message: 'Unknown column "ghost"' },
        ],
      },
      undefined,
    );
    expect(fieldErrors(error, columns)).toEqual({
      byColumn: { rating: 'Expected a number', name: 'Required' },
      other: ['Unknown column "ghost"'],
    });
  });

  it('keeps the message of an error without details', () => {
    const error = new ApiError(500, { error: 'Internal server error' }, undefined);
    expect(fieldErrors(error, columns)).toEqual({ byColumn: {}, other: ['Internal server error'] });
  });
});
