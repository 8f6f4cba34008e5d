/**
 * A worker thread of the analysis pool (see `pool.ts`): loads the pipeline and the sentence model
 * once, says it is ready, then analyses the tasks it is sent, one result message per article, so
 * that the pool's progress advances and a crash loses only the articles not yet answered.
 */
import { parentPort } from 'node:worker_threads';
import { analyseArticle } from '../pipeline.ts';
import { segment } from '../segment/index.ts';
import type { TasksMessage, WorkerMessage } from './messages.ts';

const port = parentPort;
if (port === null) throw new Error('lib/workers/worker.ts runs as a worker thread of the analysis pool, not on its own');

// The sentence model loads at the first segmentation (~0.5 s): done before 'ready', so that the
// pool sends tasks only to a thread that answers at full speed and keeps them meanwhile.
segment('Ready.');

const send = (message: WorkerMessage): void => port.postMessage(message);

port.on('message', (message: TasksMessage) => {
  message.tasks.forEach((task, k) => {
    const index = message.indexes[k];
    // analyseArticle turns an error of the article's own analysis into its problem, as in process.
    const result = analyseArticle(task);
    try {
      send({ type: 'result', index, result });
    } catch (err) {
      send({ type: 'unsent', index, error: err instanceof Error ? err.message : String(err) });
    }
  });
});

send({ type: 'ready' });
