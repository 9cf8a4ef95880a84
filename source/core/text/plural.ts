/** Counting words for printed and on-screen text (`1 event`, `3 events`). Display width is core/text/width.ts's. */

/** `1 event`, `3 events`. */
export function plural(count: number, word: string): string {
	return `${count} ${word}${count === 1 ? '' : 's'}`;
}
