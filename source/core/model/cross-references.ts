/** Checks a schema-valid timeline for what a schema cannot express: ids, cross-references, verbatim quotes, real dates. */
import type {Citation, Source, Timeline, TimelineDate, TimelineEvent} from './schema.js';
import {isCalendarDate, valueParts} from './dates.js';
import {endsBefore} from './span.js';

/** The problem with a comparison of statement `id` with itself. */
export function sameStatement(id: string): string {
	return `"${id}" again: the compare view sets two different statements side by side`;
}

/** A date as written, with its time if it has one. */
const written = (date: TimelineDate) => (date.time === undefined ? date.value : `${date.value} ${date.time}`);

/** The problem with a range whose end is before its start, after the end's path (`: …`); undefined for a sound one. */
export function endProblem(date: TimelineDate, end: TimelineDate, start = 'the date'): string | undefined {
	return endsBefore(date, end) ? `: ${written(end)} is before ${start}, ${written(date)}` : undefined;
}

/** The problem with a date, after its path (`.value: …`). */
export function checkDate(date: TimelineDate): string | undefined {
	// The dashes after a year's sign: counted in place, as splitting made three strings per date (100,000 events have 100,000 dates).
	const {value} = date;
	let parts = 0;
	for (let index = 1; index < value.length; index++) if (value.charCodeAt(index) === 0x2d) parts++;
	if (parts !== valueParts[date.precision]) {
		return `.value: "${date.value}" does not match precision "${date.precision}" (expected ${['YYYY', 'YYYY-MM', 'YYYY-MM-DD'][valueParts[date.precision]]})`;
	}
	if (date.time !== undefined && date.precision !== 'day') return `.time: a time of day needs precision "day"`;
	if (!isCalendarDate(date.value)) return `.value: ${date.value} is not a calendar date`;
	return undefined;
}

/** The problem with an event's dates, `date` and `end` if it has one, after its path (`.date.value: …`, `.end: …`); undefined when both are sound. */
export function datesProblem({date, end}: Pick<TimelineEvent, 'date' | 'end'>): string | undefined {
	const problem = checkDate(date);
	if (problem !== undefined) return `.date${problem}`;
	const ending = end === undefined ? undefined : (checkDate(end) ?? endProblem(date, end));
	return ending === undefined ? undefined : `.end${ending}`;
}

function duplicate(items: Array<{id: string}>, where: string): string | undefined {
	const seen = new Set<string>();
	for (let index = 0; index < items.length; index++) {
		const {id} = items[index]!;
		if (seen.has(id)) return `${where}[${index}].id: duplicate id "${id}"`;
		seen.add(id);
	}
	return undefined;
}

/** The problem with a citation of `sources`, after its path. */
function citationCheck(sources: Map<string, Source>): (cite: Citation) => string | undefined {
	return cite => {
		const source = sources.get(cite.source);
		if (!source) return `.source: unknown source "${cite.source}"`;
		const paragraph = source.paragraphs[cite.paragraph - 1];
		if (paragraph === undefined) return `.paragraph: ${cite.paragraph} is out of range (source "${cite.source}" has ${source.paragraphs.length} paragraphs)`;
		if (!paragraph.includes(cite.quote)) return `.quote: not found verbatim in paragraph ${cite.paragraph} of "${cite.source}"`;
		return undefined;
	};
}

/**
 * Returns the first problem as `path: message`, or undefined when the timeline holds together.
 * `citations: 'later'` leaves out the citations and the sources' ids, for a loader that checks
 * the rest before the articles are in and calls `checkCitations` once they are.
 * Paths are built only for a problem: at 100,000 events, building one per check cost most of the time.
 */
export function checkReferences(timeline: Timeline, {citations = 'now'}: {citations?: 'now' | 'later'} = {}): string | undefined {
	const later = citations === 'later';
	const duplicated =
		(later ? undefined : duplicate(timeline.sources, 'sources')) ?? duplicate(timeline.events, 'events') ?? duplicate(timeline.topics, 'topics') ?? duplicate(timeline.statements, 'statements');
	if (duplicated) return duplicated;
	const topics = new Set(timeline.topics.map(topic => topic.id));
	const citation = later ? () => undefined : citationCheck(new Map(timeline.sources.map(source => [source.id, source])));

	const {events, statements} = timeline;
	for (let i = 0; i < events.length; i++) {
		const event = events[i]!;
		const dates = datesProblem(event);
		if (dates) return `events[${i}]${dates}`;
		for (let j = 0; j < event.citations.length; j++) {
			const problem = citation(event.citations[j]!);
			if (problem) return `events[${i}].citations[${j}]${problem}`;
		}
	}
	for (let i = 0; i < statements.length; i++) {
		const statement = statements[i]!;
		const date = checkDate(statement.date);
		if (date) return `statements[${i}].date${date}`;
		for (let j = 0; j < statement.claims.length; j++) {
			const claim = statement.claims[j]!;
			if (!topics.has(claim.topic)) return `statements[${i}].claims[${j}].topic: unknown topic "${claim.topic}"`;
			for (let k = 0; k < claim.citations.length; k++) {
				const problem = citation(claim.citations[k]!);
				if (problem) return `statements[${i}].claims[${j}].citations[${k}]${problem}`;
			}
		}
	}
	for (const [i, era] of (timeline.eras ?? []).entries()) {
		const start = checkDate(era.start);
		if (start) return `eras[${i}].start${start}`;
		const end = checkDate(era.end) ?? endProblem(era.start, era.end, 'its start');
		if (end) return `eras[${i}].end${end}`;
	}
	const ids = new Set(statements.map(statement => statement.id));
	for (const [i, id] of (timeline.comparison ?? []).entries()) {
		if (!ids.has(id)) return `comparison[${i}]: unknown statement "${id}"`;
		if (i === 1 && id === timeline.comparison?.[0]) return `comparison[1]: ${sameStatement(id)}`;
	}
	return undefined;
}

/**
 * The citations of a timeline whose other references were found sound by `checkReferences(…,
 * {citations: 'later'})`, and its sources' ids: the first problem, as `checkReferences` words it.
 * `eventsChecked`: the sources' ids and the events' citations were checked where the articles were
 * read (a large file's, in the search worker: core/search/file-corpus.ts); only statements' are left.
 */
export function checkCitations(timeline: Timeline, {eventsChecked = false}: {eventsChecked?: boolean} = {}): string | undefined {
	if (eventsChecked && timeline.statements.length === 0) return undefined;
	const duplicated = eventsChecked ? undefined : duplicate(timeline.sources, 'sources');
	if (duplicated) return duplicated;
	const citation = citationCheck(new Map(timeline.sources.map(source => [source.id, source])));
	if (!eventsChecked) {
		for (const [i, event] of timeline.events.entries()) {
			for (const [j, cite] of event.citations.entries()) {
				const problem = citation(cite);
				if (problem) return `events[${i}].citations[${j}]${problem}`;
			}
		}
	}
	for (const [i, statement] of timeline.statements.entries()) {
		for (const [j, claim] of statement.claims.entries()) {
			for (const [k, cite] of claim.citations.entries()) {
				const problem = citation(cite);
				if (problem) return `statements[${i}].claims[${j}].citations[${k}]${problem}`;
			}
		}
	}
	return undefined;
}

/**
 * What `checkReferences` asks of each event but its citations, a unique id and sound dates,
 * checked `slice` events per step, so that a long list is checked between other work: true when
 * every event passes (else `checkReferences` says what is wrong).
 */
export function* soundEvents(events: readonly TimelineEvent[], slice: number): Generator<void, boolean> {
	const ids = new Set<string>();
	for (let from = 0; from < events.length; from += slice) {
		yield;
		for (let i = from; i < Math.min(from + slice, events.length); i++) {
			const event = events[i]!;
			if (ids.has(event.id) || datesProblem(event) !== undefined) return false;
			ids.add(event.id);
		}
	}
	return true;
}
