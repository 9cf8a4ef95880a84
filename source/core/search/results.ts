/**
 * Search results as screens and printed output use them: what matched, where it is, and the
 * matched characters as ranges in the (sanitised) text. Built only for the results shown, so a
 * query matching 600,000 documents costs ranges for a screenful.
 */
import {eventLineField, titleSlide, type CorpusFrame, type EventField} from './corpus.js';
import type {SearchEngine, Ranking} from './engine.js';
import type {Range} from './matcher.js';

export type {Range};

/** One field of an event with its matched characters. */
export type FieldMatch = {field: EventField; text: string; ranges: Range[]};

export type SearchResult = {
	kind: 'event' | 'passage';
	/**
	 * For an event, its index in `timeline.events`. For a passage, the event whose article pane
	 * shows it (the first citing that paragraph, else the first citing the source); absent when none does.
	 */
	eventIndex?: number;
	/** A passage of a source article: the source's id. Absent for an event's own body text. */
	sourceId?: string;
	/** A passage: its paragraph number, from 1. */
	paragraph?: number;
	/** Where `text` comes from: an event field, `paragraph` of an article, `body` of an event, or the title slide's `title` or `description`. */
	field: EventField | 'paragraph' | 'body' | 'title' | 'description';
	/** The matched text, sanitised; for an event, its best field (the headline when it matched). */
	text: string;
	/** 0 best. */
	score: number;
	/** Matched characters in `text`: `[start, end)`, sorted, not overlapping. */
	ranges: Range[];
	/** An event's fields that matched, headline first; actors and tags each joined by ", ". */
	fields?: FieldMatch[];
};

/** Sorts ranges and merges those that overlap or touch. */
export function mergeRanges(ranges: Range[]): Range[] {
	const sorted = ranges.filter(([start, end]) => end > start).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
	const merged: Range[] = [];
	for (const [start, end] of sorted) {
		const last = merged.at(-1);
		if (last !== undefined && start <= last[1]) last[1] = Math.max(last[1], end);
		else merged.push([start, end]);
	}
	return merged;
}

/** Matched ranges in a whole document's text, from every term that is not `!`. */
function documentRanges(ranking: Ranking, text: string, folded: string): Range[] {
	return mergeRanges(ranking.matchers.flatMap(group => group.flatMap(m => m.ranges(text, folded))));
}

const fieldOrder: EventField[] = ['headline', 'actors', 'tags', 'group', 'date', 'summary', 'caption', 'credit', 'media'];

/** Splits an event document's ranges into its fields; actor and tag lines are joined by ", ". */
function eventFields(text: string, ranges: Range[], actors: number): FieldMatch[] {
	const fields = new Map<EventField, FieldMatch>();
	let lineStart = 0;
	for (const [line, content] of text.split('\n').entries()) {
		const field = eventLineField(line, actors);
		const existing = fields.get(field);
		const entry = existing ?? {field, text: '', ranges: []};
		if (existing !== undefined) entry.text += ', ';
		const offset = entry.text.length;
		entry.text += content;
		for (const [start, end] of ranges) {
			if (end <= lineStart || start >= lineStart + content.length) continue;
			entry.ranges.push([Math.max(start, lineStart) - lineStart + offset, Math.min(end, lineStart + content.length) - lineStart + offset]);
		}
		fields.set(field, entry);
		lineStart += content.length + 1;
	}
	return fieldOrder.map(field => fields.get(field)).filter((entry): entry is FieldMatch => entry !== undefined && entry.ranges.length > 0);
}

/** Builds results `from` to `to` (exclusive) of a ranking. */
export function materialize(engine: SearchEngine, ranking: Ranking, from: number, to: number): SearchResult[] {
	const {corpus, folded, written} = engine.data;
	const results: SearchResult[] = [];
	const page = ranking.slice(from, to);
	for (let i = 0; i < page.docs.length; i++) {
		const doc = page.docs[i]!;
		const start = corpus.starts[doc]!;
		const end = corpus.starts[doc + 1]! - 1;
		const text = written(start, end);
		const ranges = documentRanges(ranking, text, folded.slice(start, end));
		const score = Math.round(page.scores[i]! * 1000) / 1000;
		results.push(doc < corpus.eventCount ? eventResult(corpus, doc, text, ranges, score) : passageResult(corpus, doc, text, ranges, score));
	}
	return results;
}

function eventResult(corpus: CorpusFrame, doc: number, text: string, ranges: Range[], score: number): SearchResult {
	const fields = eventFields(text, ranges, corpus.actorCounts[doc]!);
	// Only `!` terms: nothing to highlight; show the headline.
	const best = fields[0] ?? {field: 'headline' as const, text: text.slice(0, text.indexOf('\n')), ranges: []};
	return {kind: 'event', eventIndex: corpus.events[doc]!, field: best.field, text: best.text, score, ranges: best.ranges, fields};
}

function passageResult(corpus: CorpusFrame, doc: number, text: string, ranges: Range[], score: number): SearchResult {
	const source = corpus.sources[doc]!;
	const event = corpus.events[doc]!;
	if (source === titleSlide) return {kind: 'passage', field: corpus.paragraphs[doc] === 0 ? 'title' : 'description', text, score, ranges};
	return {
		kind: 'passage',
		...(event >= 0 ? {eventIndex: event} : {}),
		...(source >= 0 ? {sourceId: corpus.sourceIds[source]!} : {}),
		paragraph: corpus.paragraphs[doc]!,
		field: source >= 0 ? 'paragraph' : 'body',
		text,
		score,
		ranges,
	};
}
