/** The reader's motion preference, for whatever moves (the figures' count-up). */

/** True when the reader asked for reduced motion (or the browser cannot tell). */
export function motionReduced(): boolean {
  return typeof matchMedia !== 'function' || matchMedia('(prefers-reduced-motion: reduce)').matches;
}
