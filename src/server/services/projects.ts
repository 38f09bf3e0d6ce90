import { asc, eq } from 'drizzle-orm';
import type { Project, ProjectInput } from '../../contract/projects.ts';
import type { Db } from '../db/database.ts';
import { projects, userTables } from '../db/schema.ts';
import { NotFoundError } from './errors.ts';
import { isUuid, newId } from './ids.ts';

type ProjectRecord = typeof projects.$inferSelect;

const toProject = (record: ProjectRecord): Project => ({
  id: record.id,
  name: record.name,
  createdAt: record.createdAt.toISOString(),
  updatedAt: record.updatedAt.toISOString(),
});

export async function listProjects(db: Db): Promise<Project[]> {
  return (await db.select().from(projects).orderBy(asc(projects.name))).map(toProject);
}

export async function getProject(db: Db, id: string): Promise<Project> {
  const [record] = isUuid(id) ? await db.select().from(projects).where(eq(projects.id, id)) : [];
  if (!record) throw new NotFoundError('Project not found');
  return toProject(record);
}

export async function createProject(db: Db, input: ProjectInput): Promise<Project> {
  const [record] = await db.insert(projects).values({ id: newId(), name: input.name }).returning();
  return toProject(record!);
}

export async function renameProject(db: Db, id: string, input: ProjectInput): Promise<Project> {
  await getProject(db, id);
  await db.update(projects).set({ name: input.name, updatedAt: new Date() }).where(eq(projects.id, id));
  return getProject(db, id);
}

/** Deletes a project; its tables are kept and unlinked, so no data goes with it. */
export async function deleteProject(db: Db, id: string): Promise<void> {
  await getProject(db, id);
  await db.transaction(async (tx) => {
    await tx.update(userTables).set({ projectId: null }).where(eq(userTables.projectId, id));
    await tx.delete(projects).where(eq(projects.id, id));
  });
}
