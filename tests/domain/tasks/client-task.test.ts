import { describe, expect, it } from 'vitest';
import { NotFoundError } from '../../../src/core/errors.js';
import { createClient } from '../../../src/domain/people/clients.js';
import { clientTask, listTasks } from '../../../src/domain/tasks/tasks.js';
import { useTestDatabase } from '../../support/test-database.js';

const database = useTestDatabase();
const now = new Date('2026-11-20T10:00:00Z');

describe('one client’s task', () => {
  it('is found with its evidence and the kind of file each is, and a task of another client is not found', async () => {
    const { db } = database;
    const newClient = (name: string) => createClient(db, { name, mentorId: null, language: 'en', timezone: 'UTC', checkinTime: '09:00' }, 'test', now);
    const anna = await newClient('Anna');
    const omar = await newClient('Omar');
    const task = await db.insertInto('tasks').values({ client_id: anna.id, title: 'Walk', status: 'submitted' }).returning('id').executeTakeFirstOrThrow();
    const photo = await db.insertInto('media').values({ sha256: 'a'.repeat(64), content_type: 'image/png', size_bytes: 3 }).returning('id').executeTakeFirstOrThrow();
    await db.insertInto('task_evidence').values({ task_id: task.id, media_id: photo.id, caption: 'The park', created_at: now }).execute();
    await db.insertInto('task_evidence').values({ task_id: task.id, media_id: null, caption: null, created_at: new Date(now.getTime() + 1000) }).execute();

    const found = await clientTask(db, anna.id, task.id);
    expect(found).toMatchObject({ id: task.id, title: 'Walk', status: 'submitted' });
    expect(found.evidence).toEqual([
      { mediaId: photo.id, mediaType: 'image/png', caption: 'The park', createdAt: now },
      { mediaId: null, mediaType: null, caption: null, createdAt: new Date(now.getTime() + 1000) },
    ]);
    expect((await listTasks(db, anna.id))[0]?.evidence[0]?.mediaType).toBe('image/png');
    await expect(clientTask(db, omar.id, task.id)).rejects.toBeInstanceOf(NotFoundError);
  });
});
