/**
 * Every match of a query in one article, for the article pane: each term that is not `!`, in
 * every paragraph, whether or not that paragraph matches the whole query, so `n` and `N` can
 * step through all of them. Runs the same matchers as the search (a small engine over the
 * article's paragraphs), so the pane highlights what the results list did.
 */
import {corpusOfTexts} from './corpus.js';
import {SearchEngine} from './engine.js';
import {mergeRanges} from './results.js';

/** A match: characters `[start, end)` of paragraph `paragraph` (from 0), as core/screen/article-lines.ts's `HighlightRange`. */
export type ArticleMatch = {paragraph: number; start: number; end: number};

/** The matches of `query` in `paragraphs` (sanitised text, as the pane shows it), in reading order. */
export function articleMatches(query: string, paragraphs: readonly string[]): ArticleMatch[] {
	if (paragraphs.length === 0) return [];
	const engine = new SearchEngine(corpusOfTexts(paragraphs), {index: 'lazy'});
	const {matchers} = engine.compile(query);
	const positive = matchers.flat().filter(matcher => !matcher.term.inverse);
	const {folded, corpus} = engine.data;
	const matches: ArticleMatch[] = [];
	for (const [paragraph, text] of paragraphs.entries()) {
		const start = corpus.starts[paragraph]!;
		const lower = folded.slice(start, start + text.length);
		for (const [from, to] of mergeRanges(positive.flatMap(matcher => matcher.ranges(text, lower)))) matches.push({paragraph, start: from, end: to});
	}
	return matches;
}
