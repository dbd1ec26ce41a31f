/** Heap retained by what `build` returns, from process.memoryUsage() around full collections. */
const gc = (globalThis as { gc?: () => void }).gc;

export const canMeasureHeap = gc !== undefined;

function settledHeap(): number {
  // Twice: some objects only become garbage once the first collection has run finalizers.
  gc?.();
  gc?.();
  return process.memoryUsage().heapUsed;
}

/**
 * Bytes held by one result of `build`, or null without `node --expose-gc`. Several copies are
 * kept alive and the difference divided, so small structures stand out from the heap's noise.
 */
export function measureHeap(build: () => unknown, copies: number): number | null {
  if (gc === undefined) return null;
  const kept: unknown[] = [];
  const before = settledHeap();
  for (let i = 0; i < copies; i++) kept.push(build());
  const after = settledHeap();
  return kept.length > 0 ? Math.max(0, Math.round((after - before) / copies)) : null;
}
