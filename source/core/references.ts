/** Checks a schema-valid timeline for what a schema cannot express: ids, cross-references, verbatim quotes, real dates. */
import type {Citation, Timeline, TimelineDate} from './schema.js';
import {isCalendarDate, valueLength} from './dates.js';

function checkDate(date: TimelineDate, where: string): string | undefined {
	if (date.value.length !== valueLength[date.precision]) {
		return `${where}.value: "${date.value}" does not match precision "${date.precision}" (expected ${['YYYY', '', '', '', '', '', 'YYYY-MM', '', '', 'YYYY-MM-DD'][valueLength[date.precision] - 1]})`;
	}
	if (!isCalendarDate(date.value)) return `${where}.value: ${date.value} is not a calendar date`;
	return undefined;
}

function duplicate(items: Array<{id: string}>, where: string): string | undefined {
	const seen = new Set<string>();
	for (const [index, item] of items.entries()) {
		if (seen.has(item.id)) return `${where}[${index}].id: duplicate id "${item.id}"`;
		seen.add(item.id);
	}
	return undefined;
}

/** Returns the first problem as `path: message`, or undefined when the timeline holds together. */
export function checkReferences(timeline: Timeline): string | undefined {
	const sources = new Map(timeline.sources.map(source => [source.id, source]));
	const topics = new Set(timeline.topics.map(topic => topic.id));

	const citation = (cite: Citation, where: string): string | undefined => {
		const source = sources.get(cite.source);
		if (!source) return `${where}.source: unknown source "${cite.source}"`;
		const paragraph = source.paragraphs[cite.paragraph - 1];
		if (paragraph === undefined) return `${where}.paragraph: ${cite.paragraph} is out of range (source "${cite.source}" has ${source.paragraphs.length} paragraphs)`;
		if (!paragraph.includes(cite.quote)) return `${where}.quote: not found verbatim in paragraph ${cite.paragraph} of "${cite.source}"`;
		return undefined;
	};

	const first = (checks: Iterable<string | undefined>) => {
		for (const problem of checks) if (problem) return problem;
		return undefined;
	};

	function* all(): Generator<string | undefined> {
		yield duplicate(timeline.sources, 'sources');
		yield duplicate(timeline.events, 'events');
		yield duplicate(timeline.topics, 'topics');
		yield duplicate(timeline.statements, 'statements');
		for (const [i, event] of timeline.events.entries()) {
			yield checkDate(event.date, `events[${i}].date`);
			for (const [j, cite] of event.citations.entries()) yield citation(cite, `events[${i}].citations[${j}]`);
		}
		for (const [i, statement] of timeline.statements.entries()) {
			yield checkDate(statement.date, `statements[${i}].date`);
			for (const [j, claim] of statement.claims.entries()) {
				if (!topics.has(claim.topic)) yield `statements[${i}].claims[${j}].topic: unknown topic "${claim.topic}"`;
				for (const [k, cite] of claim.citations.entries()) yield citation(cite, `statements[${i}].claims[${j}].citations[${k}]`);
			}
		}
		const ids = new Set(timeline.statements.map(statement => statement.id));
		for (const [i, id] of (timeline.comparison ?? []).entries()) {
			if (!ids.has(id)) yield `comparison[${i}]: unknown statement "${id}"`;
		}
	}

	return first(all());
}
