/** Small wording helpers for printed and on-screen text. Display width is core/width.ts's. */

/** `1 event`, `3 events`. */
export function plural(count: number, word: string): string {
	return `${count} ${word}${count === 1 ? '' : 's'}`;
}
