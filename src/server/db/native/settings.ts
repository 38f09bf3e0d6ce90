/**
 * The embedded PostgreSQL's settings, for a laptop it shares with a browser and the app: PostgreSQL's
 * defaults assume a machine of its own (bench/RESULTS.md has the figures these were chosen by).
 */
export const POSTGRES_SETTINGS: Record<string, string> = {
  shared_buffers: '64MB',
  maintenance_work_mem: '64MB',
  // The app's request pool (10), the AI engine's (3, db/background-lane.ts), a backup's session, spare.
  max_connections: '20',
  // Enough WAL for an online backup (pg_backup_start refuses 'minimal'; backup/, docs/storage.md).
  // Nothing replicates from this cluster; the price is the WAL of bulk loads into new tables, which
  // 'minimal' skips (an import's: bench/RESULTS.md, "The native store's wal_level").
  wal_level: 'replica',
  max_wal_senders: '0',
  timezone: 'UTC',
  huge_pages: 'off',
  // Its log goes to the app's log (debug level), one line per entry, without statements that failed
  // for the app's own reasons (a conflict is an answer, not an incident).
  log_min_error_statement: 'panic',
  log_line_prefix: '',
};
