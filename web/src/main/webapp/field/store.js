// Sillon — field app: everything kept on the device, in IndexedDB (through Jake Archibald's idb, a WebJar).
// Stores: kv (token, account, the day read), tasks (made on the device, by UUID), observations (by UUID),
// notes (one per task and participant). Every change is written at once: a reload, a crash or a closed tab lose nothing.
import { openDB } from '../webjars/idb/7.0.1/build/index.js';

const db = openDB('sillon-field', 1, {
  upgrade(d) {
    d.createObjectStore('kv');
    d.createObjectStore('tasks', { keyPath: 'uuid' });
    d.createObjectStore('observations', { keyPath: 'uuid' });
    d.createObjectStore('notes', { keyPath: 'key' });
  }
});

export async function get(key) { return (await db).get('kv', key); }
export async function set(key, value) { return (await db).put('kv', value, key); }
export async function all(store) { return (await db).getAll(store); }
export async function put(store, value) { return (await db).put(store, value); }
export async function remove(store, key) { return (await db).delete(store, key); }

/** Writes many records in one transaction (the results of a sync). */
export async function putAll(store, values) {
  const tx = (await db).transaction(store, 'readwrite');
  await Promise.all([...values.map(v => tx.store.put(v)), tx.done]);
}

/** Forgets the account on this device (sign-out); what waits is kept unless asked. */
export async function forget(everything) {
  const d = await db;
  await d.delete('kv', 'token');
  if (everything) {
    for (const s of ['kv', 'tasks', 'observations', 'notes']) { await d.clear(s); }
  }
}
