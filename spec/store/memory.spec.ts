/**
 * The store contract on the in-memory store of the specs: the contract's own cases run in every
 * `npm test`, with no server (the PostgreSQL store runs them under `npm run test:pg`).
 */
import { storeContract } from './contract.ts';
import { corruptMemory, memoryBackend, openMemoryStore } from './memory-store.ts';

const backend = memoryBackend();
storeContract('memory (spec/store/memory-store.ts)', async () => openMemoryStore(backend), {
  corrupt: async (key) => corruptMemory(backend, key),
});
