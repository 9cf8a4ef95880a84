/**
 * The searchable documents of a timeline: one per event (its headline, summary, date, group, media
 * caption and credit, actors and tags, one per line), one per paragraph of every source article
 * and of an event's own body, and the title slide's title and description. Each text is one
 * document: a body's first paragraph that is the event's summary is found as the summary.
 * Plain strings and typed arrays only, so a corpus can be posted to a worker thread as it is.
 */
import type {Source, Timeline, TimelineEvent} from '../model/schema.js';
import {formatDate, yearsOf} from '../model/dates.js';
import {eventTextParagraphs} from '../model/event-text.js';
import {grown} from './grown.js';

export type Corpus = {
	/**
	 * Every document's text, sanitised, each followed by `\0` (sanitised text has neither `\0` nor
	 * `\n`). One string posts to a worker many times faster than an array of 600,000. Event
	 * documents are lines: headline, summary, date, group, caption, credit, the words embedded media
	 * shows (each line empty when the event has none), then one line per actor and per tag.
	 */
	text: string;
	/** Document `d` is `text.slice(starts[d], starts[d + 1] - 1)`; one more entry than documents. */
	starts: Uint32Array;
	/** Documents `[0, eventCount)` are events, in timeline order; the rest are passages. */
	eventCount: number;
	/**
	 * Event documents: the event's index. Passages: the event whose article pane shows this text
	 * (citing that paragraph if one does), or -1 when no event shows it.
	 */
	events: Int32Array;
	/** Passages of a source article: the source's index; -1 for events and for event bodies; `titleSlide` for the title slide. */
	sources: Int32Array;
	/** Passages: paragraph number from 1 (the title slide: 0 its title, 1 its description); 0 for events. */
	paragraphs: Uint32Array;
	/** Event documents: how many actor lines follow the date line (the rest are tags). */
	actorCounts: Uint16Array;
	sourceIds: string[];
};

/** Where each line of an event document comes from, by line number. */
export type EventField = 'headline' | 'summary' | 'date' | 'group' | 'caption' | 'credit' | 'media' | 'actors' | 'tags';

/** The lines every event document has, whether empty or not, before its actors and tags. */
const fixedLines: readonly EventField[] = ['headline', 'summary', 'date', 'group', 'caption', 'credit', 'media'];

/** The field of line `line` of an event document with `actors` actor lines. */
export function eventLineField(line: number, actors: number): EventField {
	return fixedLines[line] ?? (line < fixedLines.length + actors ? 'actors' : 'tags');
}

/** `sources` of the title slide's documents. */
export const titleSlide = -2;

/** The date line: ISO value and long form, so `2010-12`, `december` and `^2010` all find it. */
export function dateLine(date: Timeline['events'][number]['date']): string {
	return `${date.value} ${formatDate(date)}`;
}

/**
 * The date line of an event document: its date, end date, the author's own date text and the
 * headlines of the eras it falls in, so `1678-1680`, `between` and `reign` all find it.
 */
function eventDateLine(event: TimelineEvent, eras: NonNullable<Timeline['eras']>): string {
	let line = dateLine(event.date);
	if (event.end !== undefined) line += ` ${dateLine(event.end)}`;
	for (const display of [event.display, event.date.display, event.end?.display]) if (display !== undefined) line += ` ${display}`;
	if (eras.length > 0) {
		const at = yearsOf(event.date);
		for (const era of eras) if (era.headline !== undefined && yearsOf(era.start) <= at && at <= yearsOf(era.end)) line += ` ${era.headline}`;
	}
	return line;
}

/** The passages of an event's own text (what its article pane shows when it has no source), by paragraph number; a first paragraph that is the summary is left to the summary line. */
function ownText(event: TimelineEvent): Array<[number, string]> {
	const paragraphs = event.body === undefined || event.body.length === 0 ? [] : eventTextParagraphs({...event, media: undefined});
	return paragraphs.flatMap((paragraph, i): Array<[number, string]> => (i === 0 && event.body?.[0] === event.summary ? [] : [[i + 1, paragraph]]));
}

/** A corpus of plain passages (no events, no sources): one document per text, paragraph numbers from 1. */
export function corpusOfTexts(texts: readonly string[]): Corpus {
	const starts = new Uint32Array(texts.length + 1);
	for (let d = 0; d < texts.length; d++) starts[d + 1] = starts[d]! + texts[d]!.length + 1;
	return {
		text: `${texts.join('\0')}\0`,
		starts,
		eventCount: 0,
		events: new Int32Array(texts.length).fill(-1),
		sources: new Int32Array(texts.length).fill(-1),
		paragraphs: Uint32Array.from(texts, (_, i) => i + 1),
		actorCounts: new Uint16Array(texts.length),
		sourceIds: [],
	};
}

/**
 * The event a reader reaches each passage of a source article through: one whose article pane
 * shows that source (its first citation of a known source, as core/screen/article-content.ts
 * chooses), the first citing that paragraph if one does, else the first showing the source; -1
 * when none shows it. Every citation of a loaded timeline names a known source (the loader
 * checks), so the first is the one. Made from the events' citations alone, so the events can be
 * let go of before the articles come in.
 */
export class ShownEvents {
	/** The citations that show their source, in event order: the source, the paragraph, the event. */
	private readonly ids: string[] = [];
	private readonly paragraphs: number[] = [];
	private readonly events: number[] = [];

	constructor(events: readonly TimelineEvent[]) {
		for (const [index, event] of events.entries()) {
			const shown = event.citations[0]?.source;
			for (const cite of event.citations) {
				if (cite.source !== shown) continue;
				this.ids.push(shown);
				this.paragraphs.push(cite.paragraph);
				this.events.push(index);
			}
		}
	}

	/**
	 * Sets `events[d]` for the passages `from` to `to` of a corpus, in the order `corpusParts` makes
	 * them (by source, each source's paragraphs in order): the passage of source `sources[d]` (its
	 * place in `sourceIds`) and paragraph `paragraphs[d]`.
	 */
	fill(sourceIds: readonly string[], {sources, paragraphs, events}: {sources: Int32Array; paragraphs: Uint32Array; events: Int32Array}, from: number, to: number): void {
		const places = new Map<string, number>();
		for (const [place, id] of sourceIds.entries()) if (!places.has(id)) places.set(id, place);
		const first = new Int32Array(sourceIds.length).fill(-1);
		// The citations of known sources by source and paragraph (a stable sort: each pair's citations stay in event order), read beside the passages in one pass.
		const citedSource: number[] = [];
		const order: number[] = [];
		for (let c = 0; c < this.ids.length; c++) {
			const place = places.get(this.ids[c]!);
			if (place === undefined) continue;
			if (first[place] === -1) first[place] = this.events[c]!;
			citedSource[c] = place;
			order.push(c);
		}
		order.sort((a, b) => citedSource[a]! - citedSource[b]! || this.paragraphs[a]! - this.paragraphs[b]!);
		let next = 0;
		for (let d = from; d < to; d++) {
			const source = sources[d]!;
			const paragraph = paragraphs[d]!;
			for (; next < order.length; next++) {
				const c = order[next]!;
				if (citedSource[c]! > source || (citedSource[c] === source && this.paragraphs[c]! >= paragraph)) break;
			}
			const c = order[next];
			events[d] = c !== undefined && citedSource[c] === source && this.paragraphs[c] === paragraph ? this.events[c]! : first[source]!;
		}
	}
}

/** A corpus without its text: what follows the text parts of `corpusParts`. */
export type CorpusFrame = Omit<Corpus, 'text'>;

/**
 * What a corpus is built from: a loaded (sanitised, sorted) timeline, or its parts as they come in
 * (`sources` may be any iterable; a large file's articles are added apart: `withPassages`). The
 * events are read again once the articles are in, for the event each passage opens.
 */
export type CorpusInput = Pick<Timeline, 'events' | 'eras'> & Partial<Pick<Timeline, 'title' | 'description' | 'untitled'>> & {sources: Iterable<Source>};

/**
 * The corpus of a timeline, in parts: yields the text a part at a time (each about `partChars`
 * characters, ending in `\0`), then returns everything else. A caller can hand the parts to a
 * worker between other work, so even 100,000 articles never hold the explorer's thread for long;
 * `buildCorpus` takes them all at once.
 */
export function* corpusParts(timeline: CorpusInput, partChars = 1 << 17): Generator<string, CorpusFrame> {
	// Typed arrays from the start, doubled as documents come in (the sources may still be coming in): copied to size at the end.
	let starts = new Uint32Array(1 << 12);
	let events = new Int32Array(1 << 12);
	let sources = new Int32Array(1 << 12);
	let paragraphs = new Uint32Array(1 << 12);
	let actorCounts = new Uint16Array(1 << 12);
	let count = 0;
	const sourceIds: string[] = [];
	let part: string[] = [];
	let partLength = 0;
	const add = (text: string, event: number, source: number, paragraph: number, actors: number) => {
		if (count + 1 === starts.length) {
			starts = grown(starts, count + 2);
			events = grown(events, count + 2);
			sources = grown(sources, count + 2);
			paragraphs = grown(paragraphs, count + 2);
			actorCounts = grown(actorCounts, count + 2);
		}
		part.push(text);
		partLength += text.length + 1;
		starts[count + 1] = starts[count]! + text.length + 1;
		events[count] = event;
		sources[count] = source;
		paragraphs[count] = paragraph;
		actorCounts[count++] = actors;
	};
	const flush = () => {
		const text = `${part.join('\0')}\0`;
		part = [];
		partLength = 0;
		return text;
	};

	for (const [index, event] of timeline.events.entries()) {
		let text = `${event.headline}\n${event.summary}\n${eventDateLine(event, timeline.eras ?? [])}\n${event.group ?? ''}\n${event.media?.caption ?? ''}\n${event.media?.credit ?? ''}\n${event.media?.text ?? ''}`;
		for (const actor of event.actors) text += `\n${actor}`;
		for (const tag of event.tags) text += `\n${tag}`;
		add(text, index, -1, 0, Math.min(event.actors.length, 65_535));
		if (partLength >= partChars) yield flush();
	}
	const eventCount = count;
	for (const [index, event] of timeline.events.entries()) {
		for (const [number, paragraph] of ownText(event)) add(paragraph, index, -1, number, 0);
		if (partLength >= partChars) yield flush();
	}
	// The title slide: its title (unless made up for a timeline that had none) and its description.
	if (timeline.title !== undefined && timeline.untitled !== true) add(timeline.title, -1, titleSlide, 0, 0);
	if (timeline.description !== undefined && timeline.description !== '') add(timeline.description, -1, titleSlide, 1, 0);
	const passages = count;
	for (const source of timeline.sources) {
		const sourceIndex = sourceIds.length;
		sourceIds.push(source.id);
		for (let i = 0; i < source.paragraphs.length; i++) add(source.paragraphs[i]!, -1, sourceIndex, i + 1, 0);
		if (partLength >= partChars) yield flush();
	}
	if (part.length > 0) yield flush();
	// Made only for articles to show: a caller adding its articles apart makes its own (`withPassages`).
	if (count > passages) new ShownEvents(timeline.events).fill(sourceIds, {sources, paragraphs, events}, passages, count);
	return {
		starts: starts.slice(0, count + 1),
		eventCount,
		events: events.slice(0, count),
		sources: sources.slice(0, count),
		paragraphs: paragraphs.slice(0, count),
		actorCounts: actorCounts.slice(0, count),
		sourceIds,
	};
}

/**
 * `frame` followed by the passages of `passages`, the frame of a corpus of articles only (no events,
 * eras or title: its documents are all passages) built apart, whose text follows `frame`'s: each
 * passage shown with the event `shown` (of `frame`'s timeline) says, as `corpusParts` would have
 * them had it read the articles itself.
 */
export function withPassages(frame: CorpusFrame, shown: ShownEvents, passages: CorpusFrame): CorpusFrame {
	const before = frame.events.length;
	const count = before + passages.events.length;
	const starts = new Uint32Array(count + 1);
	starts.set(frame.starts);
	const base = frame.starts[before]!;
	for (let d = 1; d < passages.starts.length; d++) starts[before + d] = base + passages.starts[d]!;
	const joined = <T extends Int32Array | Uint32Array | Uint16Array>(first: T, second: T) => {
		const both = new (first.constructor as new (length: number) => T)(count);
		both.set(first);
		both.set(second, before);
		return both;
	};
	const sources = joined(frame.sources, passages.sources);
	for (let d = before; d < count; d++) sources[d]! += frame.sourceIds.length;
	const sourceIds = [...frame.sourceIds, ...passages.sourceIds];
	const merged = {
		starts,
		eventCount: frame.eventCount,
		events: joined(frame.events, passages.events),
		sources,
		paragraphs: joined(frame.paragraphs, passages.paragraphs),
		actorCounts: joined(frame.actorCounts, passages.actorCounts),
		sourceIds,
	};
	shown.fill(sourceIds, merged, before, count);
	return merged;
}

/** Builds the corpus of a loaded (sanitised, sorted) timeline at once. */
export function buildCorpus(timeline: Timeline): Corpus {
	const parts = corpusParts(timeline, Number.POSITIVE_INFINITY);
	let text = '';
	for (let next = parts.next(); ; next = parts.next()) {
		if (next.done === true) return {...next.value, text};
		text += next.value;
	}
}
