/**
 * What the analysis pool (`pool.ts`) and its worker threads (`worker.ts`) say to each other. Every
 * message goes by structured clone: tasks and results are plain data, so the copy a thread gets is
 * the object the other thread sent, shared references within one message included.
 */
import type { ArticleResult, ArticleTask } from '../pipeline.ts';

/** From the pool to a worker: articles to analyse, each with its index in the plan. */
export interface TasksMessage {
  type: 'tasks';
  /** Indexes of the tasks in the plan, one per task. */
  indexes: number[];
  /** The tasks, in the order of {@link indexes}. */
  tasks: ArticleTask[];
}

/** From a worker to the pool. */
export type WorkerMessage =
  /** The pipeline and the sentence model are loaded: tasks can come. */
  | { type: 'ready' }
  /** One article's result, as `analyseArticle` gave it. */
  | { type: 'result'; index: number; result: ArticleResult }
  /** A result that could not be sent (not cloneable): the pool analyses the task itself. */
  | { type: 'unsent'; index: number; error: string };
