/**
 * Remembering a pure function's last few results, keyed on its arguments by identity. Selectors
 * over the explorer's state use it: the reducer asks for line counts with plain style and the
 * view for the painted lines, so one entry would be thrown away on every frame; a few are kept.
 */
export function memoize<Args extends readonly unknown[], Result>(compute: (...args: Args) => Result, size = 4): (...args: Args) => Result {
	const entries: Array<{args: Args; result: Result}> = [];
	return (...args: Args): Result => {
		const found = entries.find(entry => entry.args.length === args.length && entry.args.every((value, index) => value === args[index]));
		if (found !== undefined) return found.result;
		const result = compute(...args);
		entries.unshift({args, result});
		if (entries.length > size) entries.pop();
		return result;
	};
}

/**
 * The value remembered for `key` and `inner` in `cache` (a WeakMap, so it goes with the data),
 * made by `make` the first time. `limit` bounds the inner entries: only a few widths are ever live.
 */
export function rememberIn<Key extends object, Inner, Value>(cache: WeakMap<Key, Map<Inner, Value>>, key: Key, inner: Inner, make: () => Value, limit = Number.POSITIVE_INFINITY): Value {
	let byInner = cache.get(key);
	if (byInner === undefined) {
		byInner = new Map();
		cache.set(key, byInner);
	}
	const known = byInner.get(inner);
	if (known !== undefined) return known;
	const value = make();
	if (byInner.size >= limit) byInner.clear();
	byInner.set(inner, value);
	return value;
}
