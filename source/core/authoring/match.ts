/**
 * Finding typed words in article text the way a person means them: curly and straight quotes,
 * dashes, runs of spaces or line breaks and letter case do not matter. A match gives back the
 * article's own text, so a citation can quote it exactly.
 */

/** Characters a person types in place of the article's: curly quotes and primes, dashes. */
const equivalents: Record<string, string> = {
	'\u2018': "'",
	'\u2019': "'",
	'\u201a': "'",
	'\u201b': "'",
	'\u2032': "'",
	'`': "'",
	'\u201c': '"',
	'\u201d': '"',
	'\u201e': '"',
	'\u201f': '"',
	'\u2033': '"',
	'\u00ab': '"',
	'\u00bb': '"',
	'\u2013': '-',
	'\u2014': '-',
	'\u2212': '-',
};

/** Text in its compared form, with where each of its characters came from in the original. */
export type Folded = {text: string; starts: number[]; ends: number[]};

/** The compared form of `text`: equivalents replaced, white space runs made one space, lower case. */
export function fold(text: string): Folded {
	let out = '';
	const starts: number[] = [];
	const ends: number[] = [];
	for (let i = 0; i < text.length; i++) {
		const char = text[i]!;
		if (/\s/.test(char)) {
			let end = i + 1;
			while (end < text.length && /\s/.test(text[end]!)) end++;
			out += ' ';
			starts.push(i);
			ends.push(end);
			i = end - 1;
			continue;
		}
		// Lower-casing can lengthen a character (İ): every piece maps back to the one original character.
		for (const piece of (equivalents[char] ?? char).toLowerCase()) {
			out += piece;
			starts.push(i);
			ends.push(i + 1);
		}
	}
	return {text: out, starts, ends};
}

/** The query in compared form, without the spaces around it. */
export function foldQuery(query: string): string {
	return fold(query.trim()).text;
}

/** Every place the folded `query` occurs in `text`, as the original text of each place. */
export function findFolded(query: string, text: string): string[] {
	if (query === '') return [];
	const folded = fold(text);
	const found: string[] = [];
	for (let at = folded.text.indexOf(query); at !== -1; at = folded.text.indexOf(query, at + 1)) {
		found.push(text.slice(folded.starts[at], folded.ends[at + query.length - 1]));
	}
	return found;
}

/**
 * How far a found text is from what was typed: 0 the same, 1 only letter case differs, 2 quotes,
 * dashes or spacing differ too. Ranks matches best first.
 */
export function distance(found: string, typed: string): number {
	if (found === typed.trim()) return 0;
	return found.toLowerCase() === typed.trim().toLowerCase() ? 1 : 2;
}
