/**
 * How the browser benchmarks time what a reviewer sees: the page's own clock before an action,
 * and again once the next frame has been painted; and runs made one after another (never at
 * once: each would slow the other).
 */
import type { Page } from 'playwright-core';

/** The page's clock now. */
export function now(page: Page): Promise<number> {
  return page.evaluate(() => performance.now());
}

/** The page's clock after the next frame has been painted (what the reviewer now sees). */
export function afterNextFrame(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) =>
        requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0))
      )
  );
}

/** Runs `step` `count` times one after another, collecting what each returns. */
export async function repeat(
  count: number,
  step: (run: number) => Promise<number>
): Promise<number[]> {
  const results: number[] = [];
  await Array.from({ length: count }).reduce<Promise<void>>(
    (previous, _, run) =>
      previous.then(async () => {
        results.push(await step(run));
      }),
    Promise.resolve()
  );
  return results;
}
