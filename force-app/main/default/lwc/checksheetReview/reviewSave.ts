/**
 * Saving a reviewer's changes through Apex in calls of at most `REVIEW_SAVE_BATCH` changes (Apex
 * takes at most 2,000 per `saveVerdicts` call). Batches go one after another; when one fails,
 * the batches before it are saved and reported so, and it and the rest keep their drafts.
 */

/** Changes per `saveVerdicts` call: half of what Apex accepts, so a call stays small. */
export const REVIEW_SAVE_BATCH = 1000;

export interface ReviewChange {
  itemId: string;
}

export interface ReviewSaveResult<T> {
  /** What Apex returned for the batches that were saved, in order. */
  saved: T[];
  /** Item Ids of the changes saved. */
  savedIds: string[];
  /** Item Ids of the changes not saved (the failed batch and those after it). */
  failedIds: string[];
  /** Why the failed batch failed; absent when everything was saved. */
  error?: unknown;
}

/** Saves the batch starting at `start`, then (once it is saved) the ones after it. */
async function saveFrom<C extends ReviewChange, T>(
  changes: readonly C[],
  save: (batch: C[]) => Promise<T[]>,
  batchSize: number,
  start: number,
  result: ReviewSaveResult<T>
): Promise<ReviewSaveResult<T>> {
  if (start >= changes.length) return result;
  const batch = changes.slice(start, start + batchSize);
  try {
    result.saved.push(...(await save(batch)));
  } catch (error) {
    result.failedIds = changes.slice(start).map((change) => change.itemId);
    result.error = error;
    return result;
  }
  result.savedIds.push(...batch.map((change) => change.itemId));
  return saveFrom(changes, save, batchSize, start + batchSize, result);
}

export async function saveInBatches<C extends ReviewChange, T>(
  changes: readonly C[],
  save: (batch: C[]) => Promise<T[]>,
  batchSize = REVIEW_SAVE_BATCH
): Promise<ReviewSaveResult<T>> {
  return saveFrom(changes, save, batchSize, 0, { saved: [], savedIds: [], failedIds: [] });
}
