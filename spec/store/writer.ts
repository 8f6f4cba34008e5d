/**
 * A second process writing to a file store, for `files.spec.ts`: `node --import tsx writer.ts
 * <dir> <tag> <n>` puts `n` results (keys `w0`…, the same in every writer) and `n` article records
 * of its own (`<tag>-0.txt`…), then the same again, in a loop of writes as fast as it can.
 */
import { openFileStore } from '../../lib/store/files.ts';
import { keyOf, row, sampleResult } from './contract.ts';

const [dir, tag, count] = process.argv.slice(2);
const n = Number(count);
const store = openFileStore(dir);
for (let round = 0; round < 2; round++) {
  for (let i = 0; i < n; i++) {
    await store.putResults([{ key: keyOf(`w${i}`), result: sampleResult(i) }]);
    await store.putArticles([row(`${tag}-${i}.txt`, keyOf(`w${i}`), [`term:w${i}`, `writer:${tag}`]), row('shared.txt', keyOf(`w${i}`), [`writer:${tag}`])]);
  }
}
await store.close();
