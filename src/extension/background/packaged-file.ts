/**
 * A JSON file inside the extension package, read the first time it is needed in this worker's
 * life and kept for the rest of it. A failed read is not kept: the next caller tries again.
 */
import { runtime } from "../shared/browser-api";

export function packagedJson<T>(path: string): () => Promise<T> {
  let loading: Promise<T> | null = null;
  const load = async (): Promise<T> => {
    const response = await fetch(runtime.getURL(path));
    if (!response.ok) throw new Error(`${path}: ${response.status}`);
    return (await response.json()) as T;
  };
  return () => {
    loading ??= load().catch((error: unknown) => {
      loading = null;
      throw error;
    });
    return loading;
  };
}
