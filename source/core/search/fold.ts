/**
 * Case and accent folding that keeps every character at its index, so a match found in the
 * folded text is a range in the original text too; and the word-character test the index and
 * the scorer share.
 */

const nonAscii = /[^\u0000-\u007f]/;
const nonAsciiRuns = /[^\u0000-\u007f]+/g;
const combining = /^\p{M}+$/u;
const wordChar = /^[\p{L}\p{N}\p{M}]$/u;

/** 0 not yet computed, 1 word character, 2 not. One entry per UTF-16 code unit. */
const wordTable = new Uint8Array(65_536);
for (let c = 0; c < 128; c++) wordTable[c] = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 2;
// Surrogate halves count as word characters: letters outside the BMP stay whole words.
wordTable.fill(1, 0xd800, 0xe000);

/** True for letters, digits and combining marks: what a word is made of. */
export function isWordCode(code: number): boolean {
	let kind = wordTable[code]!;
	if (kind === 0) {
		kind = wordChar.test(String.fromCharCode(code)) ? 1 : 2;
		wordTable[code] = kind;
	}
	return kind === 1;
}

const foldCache = new Map<string, string>();

/** One code unit folded: lower case, and an accented letter becomes its base letter when that keeps the length. */
function foldUnit(unit: string): string {
	let folded = foldCache.get(unit);
	if (folded === undefined) {
		const lower = unit.toLowerCase();
		folded = lower.length === 1 ? lower : unit;
		const parts = folded.normalize('NFD');
		if (parts.length > 1 && combining.test(parts.slice(1))) folded = parts[0]!;
		foldCache.set(unit, folded);
	}
	return folded;
}

/**
 * Folds text for case- and accent-insensitive matching (`Résumé` → `resume`), keeping its length
 * and every character's index: ranges found in the folded text apply to the original.
 */
export function fold(text: string): string {
	if (!nonAscii.test(text)) return text.toLowerCase();
	const foldRun = (run: string) => {
		let out = '';
		for (let i = 0; i < run.length; i++) out += foldUnit(run.charAt(i));
		return out;
	};
	// Each folded unit is one unit whose lower case is itself, so lower-casing afterwards keeps the length.
	const folded = text.replace(nonAsciiRuns, foldRun).toLowerCase();
	return folded.length === text.length ? folded : foldRun(text);
}

/** True when `text` has a character that folding changes: the smart-case rule for "this term cares about case". */
export function hasUpperCase(text: string): boolean {
	return text !== text.toLowerCase();
}
