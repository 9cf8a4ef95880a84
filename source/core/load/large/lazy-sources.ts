/**
 * The sources of a large file, read only when something looks at one: an article is parsed from
 * the file's bytes the first time its text is asked for, and kept. At 100,000 articles this spares
 * the explorer's thread most of the file, in time and in memory; the search worker, which reads every
 * article for its corpus, has validated them all and checked the events' citations of them
 * (core/search/file-corpus.ts), and gives each one's id and outlet, which lists and filters use.
 *
 * Each source is an instance whose other fields are getters on its class, so making 100,000 of
 * them costs one small object each: a spread copy (`{...source}`) has only `id` and `outlet`, so
 * read the fields by name.
 */
import {isAscii} from 'node:buffer';
import type {ArrayLayout, TopLayout} from './json-layout.js';
import {parseChunk, type FileBytes, type Parsed} from './file-bytes.js';
import {readUnchanged, type FileOnDisk} from './file-on-disk.js';
import type {Source, TimelineEvent} from '../../model/schema.js';

/**
 * What the loader needs of the articles it does not read itself (the search worker reads them):
 * each source's id, outlet (as in the file, and sanitised) and publication date, in file order.
 */
export type SourcesReport = {ids: string[]; rawOutlets: string[]; outlets: string[]; published: string[]};

/**
 * The citations of a file's events as they are in the file, flattened into one string, which posts
 * to a worker at once (150,000 strings each on its own took a good part of a second): citation `i`
 * quotes from paragraph `paragraphs[i]`; its source's id and quote are `citedSource(citations, i)`
 * and `citedQuote(citations, i)`.
 */
export type EventCitations = {text: string; ends: Uint32Array; paragraphs: Uint32Array; more?: true};

/** Citation `i`'s source id. */
export function citedSource({text, ends}: EventCitations, i: number): string {
	return text.slice(i === 0 ? 0 : ends[2 * i - 1], ends[2 * i]);
}

/** Citation `i`'s quote. */
export function citedQuote({text, ends}: EventCitations, i: number): string {
	return text.slice(ends[2 * i], ends[2 * i + 1]);
}

/**
 * Another thread reading a file's articles alongside the loader (the search worker): `layout`,
 * where the parts of the file's JSON are, as it found them (undefined when it found none), so the
 * loader need not lay the file out too; `report`, what it says of the articles (undefined when it
 * did not read them); `citations`, the events' citations for it to check, given a batch at a time
 * as the loader reads the events (`more` on all but the last), or null once none (or no more) will
 * come: those given already are then not to be trusted.
 */
export type ArticleReading = {
	layout: Promise<TopLayout | undefined>;
	report: Promise<SourcesReport | undefined>;
	citations: (citations: EventCitations | null) => void;
};

/** `EventCitations` gathered a few events at a time. */
export class CitationList {
	private readonly parts: string[] = [];
	private readonly ends: number[] = [];
	private readonly paragraphs: number[] = [];
	private length = 0;

	/** Adds the citations of `events`, as they are in the file. */
	add(events: readonly TimelineEvent[]): this {
		for (const event of events) {
			for (const cite of event.citations) {
				this.parts.push(cite.source, cite.quote);
				this.length += cite.source.length;
				this.ends.push(this.length);
				this.length += cite.quote.length;
				this.ends.push(this.length);
				this.paragraphs.push(cite.paragraph);
			}
		}
		return this;
	}

	/** How many citations it holds. */
	get count(): number {
		return this.paragraphs.length;
	}

	/** Its citations as one `EventCitations`; `more`: others will follow. */
	finish(more = false): EventCitations {
		return {text: this.parts.join(''), ends: Uint32Array.from(this.ends), paragraphs: Uint32Array.from(this.paragraphs), ...(more ? {more: true as const} : {})};
	}
}

/** Citations sent at once by `CitationBatches`, about. */
const batchCitations = 16_384;

/**
 * The events' citations sent as they are read, a batch at a time (`send`), so the thread checking
 * them has most of them before the last events are read.
 */
export class CitationBatches {
	private list = new CitationList();
	private sent = false;

	constructor(private readonly send: (batch: EventCitations | null) => void) {}

	/** Adds the citations of `events`, sending a batch when there are enough. */
	add(events: readonly TimelineEvent[]): this {
		this.list.add(events);
		if (this.list.count >= batchCitations) {
			this.send(this.list.finish(true));
			this.list = new CitationList();
			this.sent = true;
		}
		return this;
	}

	/** Sends the last batch. */
	finish(): void {
		this.send(this.list.finish());
	}

	/** The events read were not the timeline's after all: what was sent is not to be trusted (null says so); nothing more is sent. */
	cancel(): void {
		if (this.sent) this.send(null);
	}
}

/** The citations of `events` as they are in the file, flattened. */
export function eventCitations(events: readonly TimelineEvent[]): EventCitations {
	return new CitationList().add(events).finish();
}

/** What an article's pane shows when the file changed (or went) since it was loaded: its text can no longer be trusted to be the one checked. */
function standIn(id: string, outlet: string, published: string, shown: string): Source {
	return {id, outlet, headline: `${shown} has changed since it was loaded`, published, paragraphs: [`Open ${shown} again to read this article.`]};
}

/** The file's sources array, and each source parsed once, as in the file and sanitised. */
class Store {
	private readonly parsed: Array<{raw: Source; clean: Source} | undefined> = [];
	constructor(
		private readonly from: FileBytes | FileOnDisk,
		private readonly layout: ArrayLayout,
		private readonly published: readonly string[],
		private readonly shown: string,
	) {}

	read(index: number, clean: boolean, id: string, outlet: string): Source {
		let entry = this.parsed[index];
		if (entry === undefined) {
			const chunk = this.parse(index);
			// Read from the bytes the worker validated (shared, never written), or from the file if unchanged: anything else means it changed.
			const source = chunk?.raw[0]?.id === id ? chunk : undefined;
			if (source === undefined && !('path' in this.from)) throw new Error(`source ${index} could not be read again`);
			const shown = standIn(id, outlet, this.published[index]!, this.shown);
			entry = source === undefined ? {raw: shown, clean: shown} : {raw: source.raw[0]!, clean: source.clean[0]!};
			this.parsed[index] = entry;
		}
		return clean ? entry.clean : entry.raw;
	}

	private parse(index: number): Parsed<Source> | undefined {
		const {starts, ends} = this.layout;
		if (!('path' in this.from)) return parseChunk<Source>(this.from, this.layout, index, index + 1, 'sources');
		const bytes = readUnchanged(this.from, starts[index]!, ends[index]!);
		return bytes === undefined ? undefined : parseChunk<Source>({bytes, ascii: isAscii(bytes)}, {start: 0, end: bytes.length, starts: [0], ends: [bytes.length]}, 0, 1, 'sources');
	}
}

class LazySource implements Source {
	constructor(
		readonly id: string,
		readonly outlet: string,
		private readonly store: Store,
		private readonly index: number,
		private readonly clean: boolean,
	) {}

	private get source(): Source {
		return this.store.read(this.index, this.clean, this.id, this.outlet);
	}
	get headline() {
		return this.source.headline;
	}
	get published() {
		return this.source.published;
	}
	get url() {
		return this.source.url;
	}
	get byline() {
		return this.source.byline;
	}
	get paragraphs() {
		return this.source.paragraphs;
	}
}

/**
 * Sources `raw` (as in the file) and `clean` (sanitised), each parsed on first use; `report` gives
 * their ids and outlets in file order. Read from `from`: the file's bytes, or the file itself
 * (named `shown` in what an article says when the file has changed since).
 */
export function lazySources(from: FileBytes | FileOnDisk, layout: ArrayLayout, report: SourcesReport, shown: string): {raw: Source[]; clean: Source[]} {
	const store = new Store(from, layout, report.published, shown);
	const raw: Source[] = [];
	const clean: Source[] = [];
	for (let index = 0; index < report.ids.length; index++) {
		// An id is validated ASCII or letters, which sanitising keeps; the outlet is given sanitised.
		raw.push(new LazySource(report.ids[index]!, report.rawOutlets[index]!, store, index, false));
		clean.push(new LazySource(report.ids[index]!, report.outlets[index]!, store, index, true));
	}
	return {raw, clean};
}
