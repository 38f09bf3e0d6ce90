import { countText } from '../../../../contract/count-text.ts';
import type { RunMode } from '../../../../contract/runs.ts';
import type { Table } from '../../../../contract/tables.ts';
import { errorText } from '../../../api/api-client.ts';
import { useTableStatus } from '../../../api/live/get-table-status.ts';
import { useStartRun } from '../../../api/runs/start-run.ts';
import { SparkleIcon } from '../../../components/icons.tsx';
import { Popover } from '../../../components/popover.tsx';
import { usePanelStore } from '../../../store/panel-store.ts';
import { useRerunStore } from '../../../store/rerun-store.ts';
import { useSettingsStore } from '../../../store/settings-store.ts';
import { usePickedRows } from '../../grid/index.ts';
import { useAiSettings } from '../../settings/api/get-ai-settings.ts';
import { RerunConfirm } from './rerun-confirm.tsx';
import './runs.css';

interface RunChoice {
  label: string;
  hint: string;
  mode: RunMode;
  rows?: 'picked';
  /** Replaces answers: estimated, and confirmed when large, first. */
  rerun?: boolean;
  /** Estimated and shown first, with a spending limit to set. */
  budget?: boolean;
}

/** What "Run" can do, in the words of what each fills. */
function choices(failed: number, picked: number): RunChoice[] {
  return [
    { label: 'Fill empty cells', hint: 'Every AI cell without a value', mode: 'missing' },
    {
      label: 'Retry failed cells',
      hint: failed > 0 ? countText(failed, 'cell') : 'None failed',
      mode: 'failed',
    },
    { label: 'Update stale cells', hint: 'Cells whose inputs changed since', mode: 'stale' },
    ...(picked > 0
      ? [
          {
            label: 'Run picked rows',
            hint: countText(picked, 'row'),
            mode: 'all' as const,
            rows: 'picked' as const,
          },
        ]
      : []),
    { label: 'Rerun everything', hint: 'Cells edited by people are kept', mode: 'all', rerun: true },
    {
      label: 'Fill with a spending limit…',
      hint: 'Pauses before passing it, for you to continue',
      mode: 'missing',
      budget: true,
    },
  ];
}

/** "Run" in the toolbar: queue the table's AI cells, or say what is missing to be able to. */
export function RunMenu({ table }: { table: Table }) {
  const settings = useAiSettings();
  const status = useTableStatus(table.id);
  const picked = usePickedRows(table.id);
  const startRun = useStartRun();
  const askRerun = useRerunStore((state) => state.ask);
  const openSettings = useSettingsStore((state) => state.openSettings);
  const openPanel = usePanelStore((state) => state.openPanel);
  const hasAi = table.columns.some((column) => column.dataType === 'ai');
  const noProvider = settings.data !== undefined && settings.data.providers.length === 0;
  return (
    <>
      <RerunConfirm />
      <Popover
        label="Run AI"
        align="end"
        button={
          <>
            <SparkleIcon /> Run
          </>
        }
        buttonLabel="Run AI"
      >
        {(close) => (
          <div className="run-menu">
            {!hasAi ? (
              <p className="run-menu__note">Add an AI column first: “+ Column”, type “AI”.</p>
            ) : noProvider ? (
              <div className="run-menu__note">
                <p>No AI provider is configured yet.</p>
                <button
                  type="button"
                  className="button button--primary button--small"
                  onClick={() => {
                    close();
                    openSettings();
                  }}
                >
                  Configure a provider
                </button>
              </div>
            ) : (
              <div role="menu" aria-label="Run AI columns" className="run-menu__list">
                {choices(status.data?.num_cells_failed ?? 0, picked.count).map((choice) => (
                  <button
                    key={choice.label}
                    type="button"
                    role="menuitem"
                    className="run-menu__item"
                    disabled={startRun.isPending}
                    onClick={() => {
                      const request = {
                        tableId: table.id,
                        input: { mode: choice.mode, ...(choice.rows && { rowIds: picked.ids() }) },
                      };
                      if (choice.budget) {
                        close();
                        askRerun({
                          ...request,
                          title: 'Fill empty cells with a spending limit',
                          askBudget: true,
                        });
                      } else if (choice.rerun) {
                        close();
                        askRerun({ ...request, title: 'Rerun everything?' });
                      } else startRun.mutate(request, { onSuccess: close });
                    }}
                  >
                    <span>{choice.label}</span>
                    <span className="run-menu__hint">{choice.hint}</span>
                  </button>
                ))}
              </div>
            )}
            <hr className="run-menu__rule" />
            <button
              type="button"
              className="run-menu__item"
              onClick={() => {
                close();
                openPanel({ kind: 'enrich', tableId: table.id });
              }}
            >
              <span>Enrich a column…</span>
              <span className="run-menu__hint">Fill a column's empty cells by a plan you preview</span>
            </button>
            {startRun.isError && (
              <p className="field-error" role="alert">
                {errorText(startRun.error)}
              </p>
            )}
          </div>
        )}
      </Popover>
    </>
  );
}
