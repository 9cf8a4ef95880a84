/** "Did you mean": the closest known id to a mistyped one. */

/** Edit distance (insertions, deletions, substitutions), with one row of memory. */
export function editDistance(a: string, b: string): number {
	let previous = Array.from({length: b.length + 1}, (_, index) => index);
	for (let i = 1; i <= a.length; i++) {
		const row = [i];
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			row[j] = Math.min((previous[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
		}
		previous = row;
	}
	return previous[b.length] ?? 0;
}

/**
 * The known id a reader most likely meant, or undefined when none is close: an id that starts
 * with or contains what was typed (case-insensitive), else one within a third of its length in
 * edits. Typos and half-remembered ids are caught; unrelated words are not "corrected".
 */
export function closestId(typed: string, ids: readonly string[]): string | undefined {
	const wanted = typed.toLowerCase();
	if (wanted === '') return undefined;
	const containing = wanted.length >= 3 ? ids.filter(id => id.includes(wanted)) : [];
	if (containing.length > 0) return containing.find(id => id.startsWith(wanted)) ?? containing[0];
	let best: string | undefined;
	let bestDistance = Math.max(1, Math.floor(wanted.length / 3)) + 1;
	for (const id of ids) {
		const distance = editDistance(wanted, id);
		if (distance < bestDistance) {
			best = id;
			bestDistance = distance;
		}
	}
	return best;
}
