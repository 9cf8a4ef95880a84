/**
 * The corpus text as written, kept as what folding changed: search reads the folded text (lower
 * case, no accents, the same length), and the text as written is needed only for case-sensitive
 * terms and for the results shown. Most characters fold to themselves, so the few that do not
 * (capitals, accented letters: a few in a hundred) are kept with their places, and a document's
 * text is put back together from the folded text when asked for. At 100,000 articles this holds
 * tens of megabytes where a second copy of the text held two hundred.
 */

export type CaseMap = {
	/** Where folding changed a character, ascending. */
	positions: Uint32Array;
	/** The character as written at each of `positions`. */
	codes: Uint16Array;
};

/** What folding changed between `text` and `folded` (the same length). */
export function caseMap(text: string, folded: string): CaseMap {
	let positions = new Uint32Array(1 << 12);
	let codes = new Uint16Array(1 << 12);
	let count = 0;
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if (code === folded.charCodeAt(i)) continue;
		if (count === positions.length) {
			const grownPositions = new Uint32Array(count * 2);
			grownPositions.set(positions);
			positions = grownPositions;
			const grownCodes = new Uint16Array(count * 2);
			grownCodes.set(codes);
			codes = grownCodes;
		}
		positions[count] = i;
		codes[count++] = code;
	}
	return {positions: positions.slice(0, count), codes: codes.slice(0, count)};
}

/** The text as written from `start` to `end` (exclusive), from the folded text and its case map. */
export function written({positions, codes}: CaseMap, folded: string, start: number, end: number): string {
	let low = 0;
	let high = positions.length;
	while (low < high) {
		const mid = (low + high) >>> 1;
		if (positions[mid]! < start) low = mid + 1;
		else high = mid;
	}
	if (low === positions.length || positions[low]! >= end) return folded.slice(start, end);
	let out = '';
	let at = start;
	for (let i = low; i < positions.length && positions[i]! < end; i++) {
		const position = positions[i]!;
		out += folded.slice(at, position) + String.fromCharCode(codes[i]!);
		at = position + 1;
	}
	return out + folded.slice(at, end);
}
