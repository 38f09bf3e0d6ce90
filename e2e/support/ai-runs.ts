import { type APIRequestContext, expect } from '@playwright/test';

/** Starts a run through the API, as a script or another client would; returns its id. */
export async function startRun(
  request: APIRequestContext,
  tableId: string,
  input: { columns?: string[]; rowIds?: string[]; mode?: string; overwrite?: boolean } = {},
): Promise<string> {
  const response = await request.post(`/api/tables/${tableId}/run`, { data: input });
  if (!response.ok()) throw new Error(`run: ${response.status()} ${await response.text()}`);
  return ((await response.json()) as { runId: string }).runId;
}

/** Waits until the table has no AI cell queued or running. */
export async function waitForIdle(request: APIRequestContext, tableId: string): Promise<void> {
  await expect
    .poll(
      async () => {
        const response = await request.get(`/api/tables/${tableId}/status`);
        return ((await response.json()) as { run_status: string }).run_status;
      },
      { timeout: 20_000 },
    )
    .toBe('idle');
}

/** One AI cell's detail, straight from the API. */
export async function cellDetail(request: APIRequestContext, tableId: string, rowId: string, column: string) {
  const response = await request.get(`/api/tables/${tableId}/rows/${rowId}/cells/${column}`);
  return (await response.json()) as { status: string; locked: boolean; value: unknown };
}
