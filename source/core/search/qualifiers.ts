/**
 * Field qualifiers in a search (`actor:heffernan tag:decision 'mandatory`): what the engine needs
 * to apply them. The engine holds a corpus, which has no stance, group or cited sources, so it is
 * given the few facts a filter reads of each event (small and plain, so a worker can receive them).
 */
import type {Timeline} from '../model/schema.js';
import {compileFilter, type Filter, type FilterableEvent} from '../filter/field-filter.js';

/** Per event, in timeline (corpus) order, what a filter reads; and the sources' outlets. */
export type FilterFacts = {events: FilterableEvent[]; sources: Array<{id: string; outlet: string}>};

/** The facts of a loaded timeline, in the order of its corpus. */
export function filterFacts(timeline: {events: Timeline['events']; sources: ReadonlyArray<{id: string; outlet: string}>}): FilterFacts {
	return {events: eventFacts(timeline.events), sources: timeline.sources.map(({id, outlet}) => ({id, outlet}))};
}

/** What a filter reads of each of `events`. */
export function eventFacts(events: readonly Timeline['events'][number][]): FilterableEvent[] {
	return events.map(({actors, tags, stance, group, date, citations}) => ({
		actors,
		tags,
		stance,
		group,
		date,
		citations: citations.map(({source}) => ({source})),
	}));
}

/** 1 for each event the filter keeps, by event index. */
export function eventMask(filter: Filter, facts: FilterFacts): Uint8Array {
	const keep = compileFilter(filter, facts);
	return Uint8Array.from(facts.events, event => (keep(event) ? 1 : 0));
}

/** A filter's identity, for caches and for telling whether one query refines another. */
export function filterKey(filter: Filter | undefined): string {
	return filter === undefined ? '' : filter.labels.join('\n');
}
