/** Types for scripts/generate.mjs, for the tests that build a generated timeline in memory. */
export function generateTimeline(options: {events: number; seed: number}): unknown;
