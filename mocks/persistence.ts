// Keeps the browser's mock data across reloads: a snapshot of the db in localStorage.
import { restoreDb, snapshotDb } from './db';

/** v2: the seed gained the public catalogue; a v1 snapshot would hide it, so it is not read. */
export const MOCK_DB_STORAGE_KEY = 'open-event-web:mock-db:v2';

/** Restores the saved snapshot; false when there is none or it is unusable (then nothing changes). */
export function loadDbFromStorage(storage: Storage): boolean {
  let saved: string | null;
  try {
    saved = storage.getItem(MOCK_DB_STORAGE_KEY);
  } catch {
    // Storage can be disabled (privacy settings); the demo then simply starts from the seed.
    return false;
  }
  return saved !== null && restoreDb(saved);
}

/** Returns false when the browser refuses (quota, privacy mode): the demo keeps working in memory. */
export function saveDbToStorage(storage: Storage): boolean {
  try {
    storage.setItem(MOCK_DB_STORAGE_KEY, snapshotDb());
    return true;
  } catch {
    return false;
  }
}
