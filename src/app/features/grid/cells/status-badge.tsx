import type { CellState } from '../../../../contract/rows.ts';

/** How a computed or AI cell's state shows: a label for screen readers and tooltips, and a look. */
function badgeFor(state: CellState): { label: string; kind: string } | null {
  if (state.status === 'failed')
    return { label: `Failed: ${state.error ?? 'unknown error'}`, kind: 'failed' };
  if (state.status === 'in_progress') return { label: 'Running', kind: 'running' };
  if (state.status === 'requested') {
    return { label: state.error ? `Queued to retry: ${state.error}` : 'Queued', kind: 'queued' };
  }
  if (state.status === 'waiting') {
    return { label: 'Waiting for input: it runs once a column its prompt names is filled', kind: 'waiting' };
  }
  // Never run: nothing to say yet.
  if (state.status === 'created') return null;
  if (state.stale) return { label: 'Stale: an input changed since this was computed', kind: 'stale' };
  if (state.verified) {
    return { label: 'Verified by a person: reruns keep it and the column learns from it', kind: 'verified' };
  }
  if (state.locked) return { label: 'Written by a person: reruns keep it', kind: 'locked' };
  return { label: state.note ? `Done: ${state.note}` : 'Done', kind: 'done' };
}

/**
 * The state of a computed or AI cell, from the row's cell metadata; nothing when there is none. With
 * `onOpen` it is also a mouse target opening the cell's detail; the keyboard's way is Alt+Enter, since
 * the grid's cells are reached through aria-activedescendant, not Tab.
 */
export function StatusBadge({ state, onOpen }: { state: CellState | undefined; onOpen?: () => void }) {
  if (!state) return null;
  const described = badgeFor(state);
  if (!described) return null;
  const className = `grid-status grid-status--${described.kind}`;
  const mark =
    described.kind === 'failed'
      ? '!'
      : described.kind === 'done' || described.kind === 'verified'
        ? '✓'
        : described.kind === 'waiting'
          ? 'Waiting for input'
          : null;
  if (onOpen) {
    return (
      <button
        type="button"
        className={className}
        aria-label={described.label}
        title={`${described.label} (details: click, or Alt+Enter)`}
        tabIndex={-1}
        // Not the grid's selection drag, and no focus on the badge: the grid keeps it (aria-activedescendant).
        onMouseDown={(event) => {
          event.stopPropagation();
          event.preventDefault();
        }}
        onClick={onOpen}
      >
        {mark}
      </button>
    );
  }
  return (
    <span className={className} role="img" aria-label={described.label} title={described.label}>
      {mark}
    </span>
  );
}
