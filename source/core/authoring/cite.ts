/**
 * Citations from typed words: every paragraph of every source where the words occur (in other
 * quotes, spacing or case too), with the quote exactly as the article has it, best first; and,
 * when there is none, the passages that share the most words with what was typed.
 */
import type {Citation, Source} from '../model/schema.js';
import {distance, findFolded, foldQuery} from './match.js';

/** Opening and closing marks a quotation may be typed in: straight, curly, guillemets (either way round), German and CJK. */
const quotePairs = ['""', "''", '“”', '‘’', '«»', '»«', '„“', '‚‘', '„”', '「」', '『』'];

/**
 * The words without quotation marks around the whole of them (`"won't sign"` → `won't sign`), or
 * undefined when they have none: a quotation is often typed, or pasted, with its marks.
 */
export function withoutQuotationMarks(words: string): string | undefined {
	const trimmed = words.trim();
	const chars = [...trimmed];
	if (chars.length < 3) return undefined;
	const pair = `${chars[0]}${chars.at(-1)}`;
	return quotePairs.includes(pair) ? chars.slice(1, -1).join('').trim() : undefined;
}

/**
 * Every citation for `words` in `sources`: exact matches first, then those differing in case, then
 * the rest; each group in source order. Quotation marks around the whole of the words count only
 * where the source has them too.
 */
export function findCitations(sources: readonly Source[], words: string): Citation[] {
	const found = citationsOf(sources, words);
	const unquoted = found.length === 0 ? withoutQuotationMarks(words) : undefined;
	return unquoted === undefined || unquoted === '' ? found : citationsOf(sources, unquoted);
}

function citationsOf(sources: readonly Source[], words: string): Citation[] {
	const query = foldQuery(words);
	const found: Array<Citation & {distance: number}> = [];
	for (const source of sources) {
		for (const [index, paragraph] of source.paragraphs.entries()) {
			for (const quote of new Set(findFolded(query, paragraph))) found.push({source: source.id, paragraph: index + 1, quote, distance: distance(quote, words)});
		}
	}
	// A stable sort keeps source order within each distance.
	return found.sort((a, b) => a.distance - b.distance).map(({distance: _, ...citation}) => citation);
}

/** The words of a text, folded, for comparing passages. */
function words(text: string): Set<string> {
	return new Set(
		foldQuery(text)
			.split(/[^\p{L}\p{N}']+/u)
			.filter(word => word.length > 1),
	);
}

/** The `limit` paragraphs sharing the most words with `typed` (at least one), most first. */
export function nearestPassages(sources: readonly Source[], typed: string, limit = 3): Array<{source: string; paragraph: number; text: string; shared: number}> {
	const wanted = words(typed);
	const scored = sources.flatMap(source =>
		source.paragraphs.map((text, index) => {
			let shared = 0;
			for (const word of words(text)) if (wanted.has(word)) shared++;
			return {source: source.id, paragraph: index + 1, text, shared};
		}),
	);
	return scored
		.filter(item => item.shared > 0)
		.sort((a, b) => b.shared - a.shared)
		.slice(0, limit);
}
