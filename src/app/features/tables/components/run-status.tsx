/**
 * Where the state of AI runs will show (queued, running, done, failed, with cancel); a placeholder
 * until AI columns exist, kept so the header's layout does not move when they arrive.
 */
export function RunStatus() {
  return (
    <div className="run-status" data-testid="run-status" role="status">
      <span className="run-status__dot" aria-hidden="true" />
      No AI runs
    </div>
  );
}
