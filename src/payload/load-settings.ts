/** The limits of every payload fetch, kept apart from the fetching code so a page can set them before it loads. */

/** Limits applied to every fetch; change them with `configureLoading`. */
export interface LoadSettings {
  /** Milliseconds before a request is given up as `timeout`. Default 10 000. */
  timeoutMs: number;
  /** Largest body accepted, in bytes, counted while reading. Default 1 MiB. */
  maxBytes: number;
}

/** The settings in force. */
export const loadSettings: LoadSettings = { timeoutMs: 10_000, maxBytes: 1024 * 1024 };

/** Changes the timeout or size cap for fetches started from now on; returns the settings in force. */
export function configureLoading(changes: Partial<LoadSettings> = {}): LoadSettings {
  Object.assign(loadSettings, changes);
  return { ...loadSettings };
}
