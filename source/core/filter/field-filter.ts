/**
 * Filters by field: one parser for the facet chooser, the search line's qualifiers and the
 * command line's `--filter`, `--since` and `--until`.
 *
 * | token                      | keeps events                                                  |
 * | -------------------------- | ------------------------------------------------------------- |
 * | `actor:heffernan`          | with an actor in which a word starts with `heffernan`         |
 * | `actor:"mary beth"`        | the same with spaces (double quotes)                          |
 * | `actor:=ICE`               | with an actor that is exactly `ICE` (the facet chooser's form) |
 * | `tag:` `group:` `source:`  | likewise for tags, the group, the cited sources (id or outlet) |
 * | `stance:refusing`          | with that stance (`stance:ref` will do)                       |
 * | `year:2011`, `year:2008..2010` | dated in that year, or in that range of years             |
 * | `since:2011-01-01`, `until:"june 2011"` | on or after / on or before a date (see date-query.ts) |
 * | `!tag:criticism`           | that do not match the qualifier                               |
 *
 * Case and accents are ignored. A word-start match, not any substring: `actor:ice` finds `ICE`
 * but not `Boston police`. Different fields must all match (AND); the same field given twice
 * matches either value (OR), as ticking two values in the facet chooser does; `!` qualifiers
 * must all hold.
 */
import type {TimelineEvent} from '../model/schema.js';
import {fold} from '../search/fold.js';
import {parseDateQuery, type DateQuery} from './date-query.js';
import {eventSpan} from '../model/span.js';
import {dateParts} from '../model/dates.js';

export const filterFields = ['actor', 'tag', 'stance', 'source', 'group', 'year'] as const;
export type FilterField = (typeof filterFields)[number];

/** One value of a qualifier: folded text, and whether it must equal the field's value. */
export type FilterValue = {text: string; exact: boolean};

/** Values of one field, any of which may match; with `negated`, none may. */
export type Clause = {field: FilterField; values: FilterValue[]; negated: boolean};

export type Filter = {
	clauses: Clause[];
	since?: DateQuery;
	until?: DateQuery;
	/** Each qualifier as typed, for a header: `actor: heffernan`. */
	labels: string[];
};

export const emptyFilter: Filter = {clauses: [], labels: []};

/** Parsed qualifiers, the rest of the text (for search), or the first error as one line. */
export type ParsedFilter = {filter: Filter; rest: string[]; error?: undefined} | {error: string};

/** What a filter reads of an event: a timeline's events have it all; a search worker keeps only this. */
export type FilterableEvent = Pick<TimelineEvent, 'actors' | 'tags' | 'stance' | 'date'> & {group?: string | undefined; citations: ReadonlyArray<{source: string}>};

/**
 * Splits on spaces outside double quotes; quotes are kept, so a value can be told from a word.
 * A tab stays inside its token: it is how the search line keeps an escaped space (`\ `).
 */
function tokenize(input: string): string[] {
	return input.replace(/[\u0000-\u0008\u000a-\u001f\u007f]/g, ' ').match(/(?:[^ "]+|"[^"]*"?)+/g) ?? [];
}

const unquote = (text: string) => text.replace(/^"|"$/g, '').replaceAll('"', '').replaceAll('\t', ' ');
const qualifier = /^(!?)([a-z]+):(.*)$/is;
const knownFields: readonly string[] = [...filterFields, 'since', 'until'];

/**
 * Parses qualifiers out of `input`. Tokens that are not qualifiers are returned in `rest`
 * (search treats them as words); `--filter` refuses them. An unknown field, an empty value or
 * a date that is not one is an error.
 */
export function parseFilter(input: string): ParsedFilter {
	return parseQualifiers(input, false) as ParsedFilter;
}

/**
 * As `parseFilter`, but a bad qualifier is left out rather than failing the whole: the search
 * line, where `actor:` is half typed. `error` then names the first one left out.
 */
export function parseQualifiers(input: string, lenient = true): {filter: Filter; rest: string[]; error?: string} | {error: string; filter?: undefined} {
	let firstError: string | undefined;
	const clauses = new Map<string, Clause>();
	const filter: Filter = {clauses: [], labels: []};
	const rest: string[] = [];
	for (const token of tokenize(input)) {
		const match = qualifier.exec(token);
		const field = match?.[2]?.toLowerCase() ?? '';
		if (match === null || !knownFields.includes(field)) {
			rest.push(token);
			continue;
		}
		const negated = match[1] === '!';
		const raw = unquote(match[3] ?? '').trim();
		const exact = raw.startsWith('=');
		const value = exact ? raw.slice(1).trim() : raw;
		const fail = (error: string) => {
			firstError ??= error;
			return !lenient;
		};
		if (value === '') {
			if (fail(`"${field}:" needs a value, e.g. ${field}:${field === 'year' ? '2011' : field === 'since' || field === 'until' ? '2011-06-03' : 'heffernan'}`)) return {error: firstError!};
			continue;
		}
		if (field === 'since' || field === 'until') {
			const date = parseDateQuery(value);
			if (date === undefined || negated) {
				if (fail(`${field}: expects a date such as 2011, 2011-06, june 2011 or 2011-06-03, got "${value}"`)) return {error: firstError!};
				continue;
			}
			filter[field] = date;
		} else {
			if (field === 'year' && !/^-?\d+(\.\.-?\d+)?$/.test(value)) {
				if (fail(`year: expects a year such as 2011 or a range such as 2008..2010, got "${value}"`)) return {error: firstError!};
				continue;
			}
			const key = `${negated ? '!' : ''}${field}`;
			let clause = clauses.get(key);
			if (clause === undefined) {
				clause = {field: field as FilterField, values: [], negated};
				clauses.set(key, clause);
			}
			clause.values.push({text: fold(value), exact});
		}
		filter.labels.push(`${negated ? 'not ' : ''}${field}: ${value}`);
	}
	filter.clauses = [...clauses.values()];
	return {filter, rest, ...(firstError === undefined ? {} : {error: firstError})};
}

/**
 * A `--filter` expression (or `--since`/`--until` value wrapped as `since:…`): qualifiers only.
 * Anything else is an error naming the token, since a silently ignored word would filter nothing.
 */
export function parseFilterExpression(input: string): {filter: Filter; error?: undefined} | {error: string} {
	const parsed = parseFilter(input);
	if (parsed.error !== undefined) return parsed;
	const [stray] = parsed.rest;
	if (stray === undefined) return {filter: parsed.filter};
	return {error: unknownField(stray) ?? `expected field:value, e.g. actor:heffernan tag:decision, got "${stray}"`};
}

/** The error for a token written as a qualifier of a field there is none of (`foo:bar`); undefined for any other token. */
export function unknownField(token: string): string | undefined {
	const field = qualifier.exec(token)?.[2];
	if (field === undefined || knownFields.includes(field.toLowerCase())) return undefined;
	return `unknown filter field "${field}:"; fields: ${knownFields.join(', ')}`;
}

/**
 * Why the search line cannot read `input`, in the words the command line uses for `--filter`: a
 * qualifier of a field there is none of, or one whose value is not readable (`since:someday`).
 * Undefined when every qualifier in it is read.
 */
export function queryProblem(input: string): string | undefined {
	const parsed = parseQualifiers(input);
	if (parsed.error !== undefined || parsed.filter === undefined) return parsed.error;
	for (const token of parsed.rest) {
		// `foo:` alone is still being typed; `foo:bar` names a field.
		if (/:./s.test(token)) {
			const error = unknownField(token);
			if (error !== undefined) return error;
		}
	}
	return undefined;
}

/** Both filters at once: the clauses of each, and the later of the two `since`s and earlier `until`s. */
export function combineFilters(a: Filter, b: Filter): Filter {
	const since = a.since === undefined || (b.since !== undefined && b.since.start > a.since.start) ? b.since : a.since;
	const until = a.until === undefined || (b.until !== undefined && b.until.end < a.until.end) ? b.until : a.until;
	return {clauses: [...a.clauses, ...b.clauses], labels: [...a.labels, ...b.labels], ...(since && {since}), ...(until && {until})};
}

/** Whether a filter keeps every event (nothing to apply). */
export function isEmptyFilter(filter: Filter): boolean {
	return filter.clauses.length === 0 && filter.since === undefined && filter.until === undefined;
}

/** True when `wanted` starts a word of `value` (both folded), or equals it when exact. */
export function valueMatches(value: string, wanted: FilterValue): boolean {
	if (wanted.exact) return value === wanted.text;
	for (let at = value.indexOf(wanted.text); at >= 0; at = value.indexOf(wanted.text, at + 1)) {
		if (at === 0 || !/[\p{L}\p{N}]/u.test(value[at - 1]!)) return true;
	}
	return false;
}

/** A `year:` value against an event's year: `2011` or `2008..2010`. */
function yearMatches(year: number, wanted: FilterValue): boolean {
	const [from, to = from] = wanted.text.split('..').map(Number);
	return from !== undefined && year >= from && year <= to!;
}

/** The folded values of an event's field, as the matcher and the facets see them. */
export function fieldValues(event: FilterableEvent, field: FilterField, outlets: ReadonlyMap<string, string>): string[] {
	switch (field) {
		case 'actor':
			return event.actors;
		case 'tag':
			return event.tags;
		case 'stance':
			return event.stance === undefined ? [] : [event.stance];
		case 'group':
			return event.group === undefined ? [] : [event.group];
		case 'year':
			// The year as the file writes it and the list shows it: -50 is 50 BC (on the time axis it is -49).
			return [String(dateParts(event.date.value).year)];
		case 'source':
			return [...new Set(event.citations.map(cite => cite.source))].flatMap(id => [id, outlets.get(id) ?? id]);
	}
}

/** Source id → outlet, for `source:wbur`. */
export function outletsOf(timeline: {sources: ReadonlyArray<{id: string; outlet: string}>}): Map<string, string> {
	return new Map(timeline.sources.map(source => [source.id, source.outlet]));
}

/**
 * The filter as a test of one event, prepared once for a timeline (its sources' outlets).
 * `since` keeps events that end on or after its start; `until` those that start before its end,
 * so `--until 2010` keeps December 2010 and `--since 2011-06` keeps an event dated only 2011.
 */
export function compileFilter(filter: Filter, timeline: {sources: ReadonlyArray<{id: string; outlet: string}>}): (event: FilterableEvent) => boolean {
	const outlets = outletsOf(timeline);
	// Names and tags repeat across thousands of events: fold each once per filter.
	const folded = new Map<string, string>();
	const foldOnce = (value: string) => {
		let result = folded.get(value);
		if (result === undefined) {
			result = fold(value);
			folded.set(value, result);
		}
		return result;
	};
	return event => {
		if (filter.since !== undefined || filter.until !== undefined) {
			const span = eventSpan(event);
			if (filter.since !== undefined && span.end <= filter.since.start) return false;
			if (filter.until !== undefined && span.start >= filter.until.end) return false;
		}
		for (const clause of filter.clauses) {
			const values = fieldValues(event, clause.field, outlets);
			const hit = clause.values.some(wanted => (clause.field === 'year' ? values.some(year => yearMatches(Number(year), wanted)) : values.some(value => valueMatches(foldOnce(value), wanted))));
			if (hit === clause.negated) return false;
		}
		return true;
	};
}

/** The indexes of the events a filter keeps, in order. */
export function filterIndexes(filter: Filter, timeline: {sources: ReadonlyArray<{id: string; outlet: string}>; events: readonly FilterableEvent[]}): number[] {
	const keep = compileFilter(filter, timeline);
	const kept: number[] = [];
	for (const [index, event] of timeline.events.entries()) if (keep(event)) kept.push(index);
	return kept;
}

/** The header's account of a filter: `9 of 22 · actor: heffernan · year: 2011`; empty when none applies. */
export function filterLabel(filter: Filter, shown: number, total: number): string {
	if (isEmptyFilter(filter)) return '';
	return [`${shown} of ${total}`, ...filter.labels].join(' · ');
}
