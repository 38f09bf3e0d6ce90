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
  // The cluster is on the laptop's own disk, an SSD, and its indexes mostly in memory: with the default
  // (4, a spinning disk's seek) the planner scanned a million rows in parallel rather than read a chart's
  // covering index, at 3-4 times the CPU (bench/RESULTS.md, "Charts on the native store").
  random_page_cost: '1.1',
  // Parallel workers for sequential scans only: reading an index (a chart's, a filter's) with two workers
  // cost 1.5-3 times the CPU of one process for no quicker answer on two cores, where a chart's first,
  // unindexed scan of a million rows answers ~1.6 times sooner with them (same section).
  min_parallel_index_scan_size: '8GB',
  timezone: 'UTC',
  huge_pages: 'off',
  // Its log goes to the app's log (debug level), one line per entry, without statements that failed
  // for the app's own reasons (a conflict is an answer, not an incident).
  log_min_error_statement: 'panic',
  log_line_prefix: '',
};
