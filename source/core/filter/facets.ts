/**
 * Facets for the filter chooser, as VisiData's frequency table: for each field, each value with
 * the number of events that have it; and the toggled values turned back into a filter.
 */
import type {Timeline} from '../model/schema.js';
import {fold} from '../search/fold.js';
import {fieldValues, filterFields, outletsOf, parseFilter, type Filter, type FilterField} from './field-filter.js';

/** One value of a field: as shown, and how many events have it. */
export type FacetValue = {value: string; count: number};
export type Facet = {field: FilterField; values: FacetValue[]};

/** The values an event shows for a field in the chooser (repeats possible): a source by its id, the rest as they are. */
function shownValues(event: Timeline['events'][number], field: FilterField, outlets: ReadonlyMap<string, string>): string[] {
	if (field === 'source') return event.citations.map(cite => cite.source);
	return fieldValues(event, field, outlets);
}

/**
 * Every field with its values, most frequent first (ties alphabetically; years in order), over
 * `events` (pass the filtered list to count what a further choice would leave). Fields without
 * any value (no event has a group) are left out.
 */
export function facets(timeline: Pick<Timeline, 'sources'>, events: Timeline['events']): Facet[] {
	const outlets = outletsOf(timeline);
	const result: Facet[] = [];
	for (const field of filterFields) {
		// Counted once per event even when an event lists a value twice: `seen` holds the last event that counted it.
		const counts = new Map<string, {count: number; seen: number}>();
		for (const [index, event] of events.entries()) {
			for (const value of shownValues(event, field, outlets)) {
				const entry = counts.get(value);
				if (entry === undefined) counts.set(value, {count: 1, seen: index});
				else if (entry.seen !== index) {
					entry.count++;
					entry.seen = index;
				}
			}
		}
		// Sorted on a key computed once per value; a plain comparison, as localeCompare would start a collator.
		const keyed = [...counts].map(([value, {count}]) => ({value, count, key: field === 'year' ? '' : fold(value), year: field === 'year' ? Number(value) : 0}));
		keyed.sort((a, b) => a.year - b.year || b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
		if (keyed.length > 0) result.push({field, values: keyed.map(({value, count}) => ({value, count}))});
	}
	return result;
}

/** Toggled values by field: what Space in the chooser changes. */
export type FacetSelection = ReadonlyMap<FilterField, ReadonlySet<string>>;

/** The selection with one value toggled on or off; a field left with no value is dropped. */
export function toggleFacet(selection: FacetSelection, field: FilterField, value: string): FacetSelection {
	const next = new Map(selection);
	const values = new Set(selection.get(field));
	if (values.has(value)) values.delete(value);
	else values.add(value);
	if (values.size === 0) next.delete(field);
	else next.set(field, values);
	return next;
}

/** A value as an exact qualifier, quoted when it holds a space or a quote: `actor:="Mary Beth Heffernan"`. */
function exactQualifier(field: FilterField, value: string): string {
	const plain = value.replaceAll('"', '');
	return /\s/.test(plain) || plain === '' ? `${field}:="${plain}"` : `${field}:=${plain}`;
}

/**
 * The selection as a filter expression (what `--filter` would take, so a chooser's choice can be
 * shown or reused) and as a filter: values of one field are alternatives, fields all apply.
 */
export function selectionFilter(selection: FacetSelection): {expression: string; filter: Filter} {
	const expression = [...selection].flatMap(([field, values]) => [...values].map(value => exactQualifier(field, value))).join(' ');
	const parsed = parseFilter(expression);
	const filter = parsed.error === undefined ? parsed.filter : {clauses: [], labels: []};
	// The header names each field once: `actor: Mary Beth Heffernan, ICE`.
	filter.labels = [...selection].map(([field, values]) => `${field}: ${[...values].join(', ')}`);
	return {expression, filter};
}
