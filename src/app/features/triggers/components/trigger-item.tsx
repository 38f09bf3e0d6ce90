import { countText } from '../../../../contract/count-text.ts';
import type { Trigger } from '../../../../contract/triggers.ts';
import { PencilIcon, TrashIcon } from '../../../components/icons.tsx';
import { timeAgo } from '../../../lib/time-ago.ts';

const EVENTS = {
  row_added: 'a row is added',
  row_updated: 'a row is updated',
  row_deleted: 'a row is deleted',
};
const ACTIONS = { webhook: 'call a webhook', create_task: 'add a row', run_workflow: 'run AI columns' };

interface TriggerItemProps {
  trigger: Trigger;
  onToggle: () => void;
  onEdit: () => void;
  onDelete: () => void;
}

/** One trigger in the list: what it does, whether it is on, how often it fired, and its last error. */
export function TriggerItem({ trigger, onToggle, onEdit, onDelete }: TriggerItemProps) {
  const active = trigger.status === 'active';
  const conditions =
    trigger.condition === null ? 0 : Array.isArray(trigger.condition) ? trigger.condition.length : 1;
  return (
    <li className={`trigger-item${active ? '' : ' trigger-item--paused'}`} aria-label={trigger.name}>
      <div className="trigger-item__head">
        <span className="trigger-item__name">{trigger.name}</span>
        <span className={`trigger-status trigger-status--${trigger.status}`}>
          {active ? 'Active' : 'Paused'}
        </span>
      </div>
      <p className="trigger-item__summary">
        When {EVENTS[trigger.triggerEvent]}
        {conditions > 0 &&
          ` and ${conditions === 1 ? 'its condition holds' : `its ${conditions} conditions hold`}`}
        , {ACTIONS[trigger.actionType]}.
      </p>
      <p className="trigger-item__meta" data-testid="trigger-fires">
        Fired {countText(trigger.fireCount, 'time')}
        {trigger.lastFiredAt && `, last ${timeAgo(trigger.lastFiredAt)}`}
      </p>
      {trigger.lastError && (
        <p className="trigger-item__error" role="status">
          Last error: {trigger.lastError}
        </p>
      )}
      <div className="trigger-item__actions">
        <button type="button" className="button button--small" aria-pressed={!active} onClick={onToggle}>
          {active ? 'Pause' : 'Resume'}
        </button>
        <button
          type="button"
          className="icon-button"
          aria-label={`Edit ${trigger.name}`}
          title="Edit"
          onClick={onEdit}
        >
          <PencilIcon />
        </button>
        <button
          type="button"
          className="icon-button icon-button--danger"
          aria-label={`Delete ${trigger.name}`}
          title="Delete"
          onClick={onDelete}
        >
          <TrashIcon />
        </button>
      </div>
    </li>
  );
}
