/**
 * `--filter`, `--since` and `--until` for printed commands: the three flags as one filter (through
 * the same parser as the facet chooser and search qualifiers), and a loaded timeline narrowed to it.
 */
import {UserError} from '../model/errors.js';
import {combineFilters, filterIndexes, isEmptyFilter, parseFilterExpression, type Filter} from './field-filter.js';
import type {LoadedTimeline} from '../load/load-timeline.js';
import {quoteInput} from '../text/sanitize.js';

export type FilterFlags = {filter?: string | undefined; since?: string | undefined; until?: string | undefined};

/** The commands the flags narrow; `show` names one event and `diff` two statements, so a filter would mean nothing there. */
export const filteredCommands = ['summary', 'events', 'search', 'export'];

function parsed(flag: string, expression: string): Filter {
	const result = parseFilterExpression(expression);
	// The parser names the qualifier (`since: expects a date…`); the flag's name says the same once.
	const error = result.error?.replace(new RegExp(`^"?${flag}:"? `), '');
	if (error !== undefined) throw new UserError(`--${flag}: ${quoteInput(error, 200)} (see sc-timeline --help)`, 2);
	return (result as {filter: Filter}).filter;
}

/** The flags as one filter, undefined when none is given; a bad value is a usage error naming its flag. */
export function filterFromFlags(flags: FilterFlags, command: string): Filter | undefined {
	const given = (['filter', 'since', 'until'] as const).filter(flag => flags[flag] !== undefined);
	if (given.length === 0) return undefined;
	if (!filteredCommands.includes(command)) throw new UserError(`--${given[0]} goes with ${filteredCommands.join(', ')} (see sc-timeline --help)`, 2);
	let filter = parsed('filter', flags.filter ?? '');
	// A date given to --since is the same as `since:"…"` in an expression: one parser for both.
	for (const flag of ['since', 'until'] as const) {
		const value = flags[flag];
		if (value !== undefined) filter = combineFilters(filter, parsed(flag, `${flag}:"${value.replaceAll('"', '')}"`));
	}
	return isEmptyFilter(filter) ? undefined : filter;
}

/** The timeline with only the events the filter keeps, in both its sanitised and raw forms (same order). */
export function narrowLoaded(loaded: LoadedTimeline, filter: Filter | undefined): LoadedTimeline {
	if (filter === undefined) return loaded;
	const kept = filterIndexes(filter, loaded.timeline);
	const pick = <T>(events: T[]) => kept.map(index => events[index]!);
	return {
		...loaded,
		timeline: {...loaded.timeline, events: pick(loaded.timeline.events)},
		raw: {...loaded.raw, events: pick(loaded.raw.events)},
	};
}
