/**
 * Histories as lists of steps in order (by day, or by frame number): the step in
 * force at a point is the last one at or before it. Shared by the build and the
 * map in the browser, so this module imports nothing.
 */
export function stepIndexAt<T>(steps: readonly T[], at: (step: T) => string | number, point: string | number): number {
  let found = -1;
  for (let i = 0; i < steps.length && at(steps[i]!) <= point; i++) found = i;
  return found;
}

/** The step in force at `point`, if any. */
export function stepAt<T>(
  steps: readonly T[] | undefined,
  at: (step: T) => string | number,
  point: string | number,
): T | undefined {
  return steps?.[stepIndexAt(steps, at, point)];
}
