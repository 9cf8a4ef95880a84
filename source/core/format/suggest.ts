/** "Did you mean": the closest known id to a mistyped one, and the closest command or option name. */

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

/**
 * Edit distance counting a swap of two neighbours as one edit (Damerau's optimal string
 * alignment): `--widht` is one edit from `--width`, as a person sees it.
 */
export function damerauDistance(a: string, b: string): number {
	const rows = Array.from({length: a.length + 1}, (_, i) => Array.from({length: b.length + 1}, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
	for (let i = 1; i <= a.length; i++) {
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let best = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, rows[i - 2]![j - 2]! + 1);
			rows[i]![j] = best;
		}
	}
	return rows[a.length]![b.length]!;
}

/** The known name (a command, an option) within two edits of a mistyped one, the closest first; undefined when none is. */
export function closestName(typed: string, names: readonly string[]): string | undefined {
	let best: string | undefined;
	let bestDistance = 3;
	for (const name of names) {
		const distance = damerauDistance(typed.toLowerCase(), name.toLowerCase());
		if (distance < bestDistance) {
			best = name;
			bestDistance = distance;
		}
	}
	return best;
}
