/**
 * Query keys of projects. Projects sit beside tables, not under them, so they have their own root;
 * the shared factory in api/query-keys.ts covers tables and everything beneath a table.
 */
export const projectKeys = {
  all: () => ['projects'] as const,
};
