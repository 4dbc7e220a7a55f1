import { emptyMockStore, type MockStore, readMockStore } from '../../mock/round-schema.ts';

/** Where mock rounds live in the browser, apart from study progress (which grades feed). */
export const MOCK_KEY = 'interview-prep.mock';

let memory: string | null = null;

export function loadMockStore(): MockStore {
  try {
    return readMockStore(localStorage.getItem(MOCK_KEY));
  } catch {
    return readMockStore(memory);
  }
}

/** Saves; a browser that refuses storage keeps the round for this tab only. */
export function saveMockStore(store: MockStore): void {
  const text = JSON.stringify(store);
  try {
    localStorage.setItem(MOCK_KEY, text);
  } catch {
    memory = text;
  }
}

export function changeMockStore(change: (store: MockStore) => MockStore): MockStore {
  const next = change(loadMockStore());
  saveMockStore(next);
  return next;
}

export { emptyMockStore };
