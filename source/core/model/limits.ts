/** Limits on what a timeline file may hold, shared by the loader and its fast validation path. */

/**
 * Longer strings are refused: no headline or paragraph is this long, and wrapping a string costs
 * more than linear time, so one ten-megabyte line would stall every screen that shows it. The
 * length counts control characters as shown (`^[` is two, `<U+009B>` eight), since that is the
 * text screens wrap: a terminal one column wide makes it one line per character.
 */
export const maxStringLength = 50_000;
