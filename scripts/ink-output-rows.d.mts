/** Types for ink-output-rows.mjs (the build installs it into Ink; tests compare it with Ink's own assembly). */
export type OutputClass = {prototype: {get(): {output: string; height: number}}};
export function withRowFastPath(Output: OutputClass): void;
export function lineWidth(line: string): number;
export function widestLine(text: string): number;
