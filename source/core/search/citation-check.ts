/**
 * The events' citations checked against a large file's articles as both come in (the search
 * worker reads the articles while the explorer's loader reads the events and sends their citations
 * a batch at a time). A citation is checked when its article is read, if it came first; one that
 * comes after its article was read is checked at the end, with the articles it needs read again
 * (`everyArticleAgain`), so no article is held meanwhile. As core/model/cross-references.ts checks
 * a loaded timeline: each quote in the paragraph it names, each article's id once, and no citation
 * naming an article the file does not have.
 */
import {citedQuote, citedSource, type EventCitations} from '../load/large/lazy-sources.js';

/** One citation: batch and place in it. */
type Cited = {batch: EventCitations; i: number};

export class CitationCheck {
	/** Whether the last batch has come. */
	complete = false;
	/** Whether an article's id came twice. */
	twice = false;
	/** Whether a quote was not in its paragraph. */
	private misquoted = false;
	/** Citations whose article has not been read yet, by its id. */
	private readonly waiting = new Map<string, Cited[]>();
	/** Citations that came after their article was read, with its index. */
	private late: Array<Cited & {article: number}> = [];
	/** The index of each article read so far, by id. */
	private readonly read = new Map<string, number>();

	/** Takes a batch of citations (the last, unless `more`). */
	take(batch: EventCitations): void {
		for (let i = 0; i < batch.paragraphs.length; i++) {
			const source = citedSource(batch, i);
			const article = this.read.get(source);
			if (article !== undefined) this.late.push({batch, i, article});
			else {
				const list = this.waiting.get(source);
				if (list === undefined) this.waiting.set(source, [{batch, i}]);
				else list.push({batch, i});
			}
		}
		if (batch.more !== true) this.complete = true;
	}

	/** Starts again with `citations`, all of them, in place of those taken so far (which were not the timeline's). Every article is read by then. */
	restart(citations: EventCitations): void {
		this.waiting.clear();
		this.late = [];
		this.misquoted = false;
		this.take(citations);
	}

	/** Article `index`, with its id and paragraphs as written: its citations that have come are checked. */
	article(index: number, id: string, paragraphs: readonly string[]): void {
		if (this.read.has(id)) this.twice = true;
		this.read.set(id, index);
		const waiting = this.waiting.get(id);
		if (waiting === undefined) return;
		this.waiting.delete(id);
		for (const {batch, i} of waiting) if (!paragraphs[batch.paragraphs[i]! - 1]?.includes(citedQuote(batch, i))) this.misquoted = true;
	}

	/**
	 * Whether every citation checks, once all have come and every article was read: those that came
	 * late checked against their articles read again by `again` (given the articles' indices, in
	 * order, and the check of each: its index and paragraph `n` from 1, as written).
	 */
	holds(again: (articles: number[], check: (article: number, paragraph: (n: number) => string | undefined) => boolean) => boolean): boolean {
		// A citation still waiting names an article the file does not have.
		if (this.twice || this.misquoted || !this.complete || this.waiting.size > 0) return false;
		if (this.late.length === 0) return true;
		const late = this.late.sort((a, b) => a.article - b.article);
		const articles = late.map(cited => cited.article).filter((article, k) => k === 0 || article !== late[k - 1]!.article);
		let at = 0;
		return again(articles, (article, paragraph) => {
			for (; at < late.length && late[at]!.article === article; at++) {
				const {batch, i} = late[at]!;
				if (!paragraph(batch.paragraphs[i]!)?.includes(citedQuote(batch, i))) return false;
			}
			return true;
		});
	}
}
