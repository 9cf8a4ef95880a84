/** Typed arrays that grow as what they hold comes in: the corpus's tables and the word index's. */

/** `array` in a larger one of its kind, at least `length` entries and twice as long as it was, its contents kept; itself when it is long enough. */
export function grown<T extends Uint8Array | Uint16Array | Uint32Array | Int32Array>(array: T, length: number): T {
	if (length <= array.length) return array;
	const bigger = new (array.constructor as new (length: number) => T)(Math.max(length, array.length * 2));
	bigger.set(array);
	return bigger;
}
