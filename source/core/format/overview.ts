/**
 * The short overview that opens a summary, derived from the data alone so it works for any
 * timeline: its extent, where the recorded stance first settles and each time it turns, and the
 * events tagged `other-…` (events elsewhere, such as other states), grouped by tag.
 * A TimelineJS import has no stances or such tags, so its overview is just its extent.
 */
import type {Stance, Timeline, TimelineEvent} from '../model/schema.js';
import {formatDate} from '../model/dates.js';
import {formatSpan} from './printed-date.js';
import {plural} from '../text/plural.js';
import {stances} from '../model/stance.js';

export type OverviewItem =
	/** How many events, over what span, from how many sources. */
	| {kind: 'extent'; text: string}
	/** The stance settles (`first`) or turns: the event where it happens. */
	| {kind: 'turn'; first: boolean; stance: Stance; event: TimelineEvent}
	/** Events under an `other-…` tag; `label` is the tag in words ("Other states"). */
	| {kind: 'context'; label: string; events: TimelineEvent[]};

/** At most this many headlines are listed for one `other-…` tag; the rest are counted. */
export const contextLimit = 4;

/** "22 events from October 2008 to June 6, 2011, drawn from 2 sources." */
function extent(timeline: Timeline): string {
	const {events, sources} = timeline;
	const first = events[0];
	const last = events.at(-1);
	if (first === undefined || last === undefined) return 'No events.';
	// The author's own date text, where given, is how the span is put (`2 августа 2021`), as the list below it shows.
	const shown = (event: TimelineEvent) => event.display ?? event.date.display;
	const [from, to] = [shown(first), shown(last)];
	const span =
		from === undefined && to === undefined
			? formatSpan(first.date, last.date)
			: first === last
				? (from ?? formatDate(first.date))
				: `${from ?? formatDate(first.date)} to ${to ?? formatDate(last.date)}`;
	const drawn = sources.length > 0 ? `, drawn from ${plural(sources.length, 'source')}` : '';
	return `${plural(events.length, 'event')}, ${span.includes(' to ') ? 'from ' : ''}${span}${drawn}.`;
}

/** Derives the overview items, in reading order (events are expected in date order). */
export function overview(timeline: Timeline): OverviewItem[] {
	const items: OverviewItem[] = [{kind: 'extent', text: extent(timeline)}];
	// "undecided" is a pause, not a position: only joining and refusing make turns.
	let current: Stance | undefined;
	for (const event of timeline.events) {
		if (event.stance === undefined || event.stance === 'undecided' || event.stance === current) continue;
		items.push({kind: 'turn', first: current === undefined, stance: event.stance, event});
		current = event.stance;
	}
	const byTag = new Map<string, TimelineEvent[]>();
	for (const event of timeline.events) {
		for (const tag of event.tags) {
			if (!/^other-./.test(tag)) continue;
			const list = byTag.get(tag) ?? [];
			if (!list.includes(event)) list.push(event);
			byTag.set(tag, list);
		}
	}
	for (const [tag, events] of byTag) {
		const words = tag.replace(/-+/g, ' ').trim();
		items.push({kind: 'context', label: words.charAt(0).toUpperCase() + words.slice(1), events});
	}
	return items;
}

/** The one date shared by all `events`, in the long form, or undefined when they differ. */
export function sharedDate(events: TimelineEvent[]): string | undefined {
	const dates = new Set(events.map(event => formatDate(event.date)));
	return dates.size === 1 ? [...dates][0] : undefined;
}

/** Plain-text parts of an item, so text and Markdown word it the same way and style it differently. */
export function describeItem(item: OverviewItem): {lead: string; stance?: Stance; body: string} {
	switch (item.kind) {
		case 'extent':
			return {lead: '', body: item.text};
		case 'turn': {
			const {verb} = stances[item.stance];
			const lead = item.first ? `The decision to ${verb}` : `The reversal, to ${verb}`;
			return {lead, stance: item.stance, body: `${item.event.headline} (${formatDate(item.event.date)}).`};
		}
		case 'context': {
			const shown = item.events.slice(0, contextLimit).map(event => event.headline);
			const more = item.events.length - shown.length;
			const date = sharedDate(item.events);
			const list = shown.join('; ') + (more > 0 ? `; and ${more} more` : '');
			return {lead: item.label, body: `${list}${date === undefined ? '' : ` (${date})`}.`};
		}
	}
}
