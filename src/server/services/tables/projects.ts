import { asc, eq } from 'drizzle-orm';
import type { Project, ProjectInput } from '../../../contract/projects.ts';
import { projects, userTables } from '../../db/schema.ts';
import { NotFoundError } from '../store/errors.ts';
import { isUuid, newId } from '../store/ids.ts';
import type { Store } from '../store/store.ts';
import { advanceTableVersion } from '../store/table-changes.ts';

type ProjectRecord = typeof projects.$inferSelect;

const toProject = (record: ProjectRecord): Project => ({
  id: record.id,
  name: record.name,
  createdAt: record.createdAt.toISOString(),
  updatedAt: record.updatedAt.toISOString(),
});

export async function listProjects(store: Store): Promise<Project[]> {
  return (await store.db.select().from(projects).orderBy(asc(projects.name))).map(toProject);
}

export async function getProject(store: Store, id: string): Promise<Project> {
  const [record] = isUuid(id) ? await store.db.select().from(projects).where(eq(projects.id, id)) : [];
  if (!record) throw new NotFoundError('Project not found');
  return toProject(record);
}

export async function createProject(store: Store, input: ProjectInput): Promise<Project> {
  const [record] = await store.db.insert(projects).values({ id: newId(), name: input.name }).returning();
  return toProject(record!);
}

export async function renameProject(store: Store, id: string, input: ProjectInput): Promise<Project> {
  await getProject(store, id);
  await store.db.update(projects).set({ name: input.name, updatedAt: new Date() }).where(eq(projects.id, id));
  return getProject(store, id);
}

/** Deletes a project; its tables are kept and unlinked, so no data goes with it. */
export async function deleteProject(store: Store, id: string): Promise<void> {
  await getProject(store, id);
  await store.db.transaction(async (tx) => {
    const unlinked = await tx
      .update(userTables)
      .set({ projectId: null })
      .where(eq(userTables.projectId, id))
      .returning({ id: userTables.id });
    // Each unlinked table changed: its version moves, so caches and change feeds see it.
    for (const table of unlinked) await advanceTableVersion(store, tx, table.id);
    await tx.delete(projects).where(eq(projects.id, id));
  });
}
