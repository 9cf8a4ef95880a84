/**
 * A made-up timeline for explorer tests, shaped like the bundled story but of any size: events
 * over several years citing two long sources, stances that turn, a CJK headline, and one event
 * with no source that carries its own text. Ids and wording are stable, so tests can name them.
 */
import type {Source, Timeline, TimelineEvent} from '../../source/core/model/schema.js';
import {compareDates} from '../../source/core/model/dates.js';

const filler = 'The program checks the fingerprints of people who are arrested against federal immigration records and officials discussed it at length';

/** Paragraph `index` of source `id`: three sentences, the middle one holding the quotable `id-p<index>` marker. */
export function paragraphText(id: string, index: number): string {
	return `${filler} in part ${index + 1}. Quote ${id}-p${index + 1} is here for citing. ${filler}.`;
}

function source(id: string, headline: string, published: string, paragraphs: number): Source {
	return {id, outlet: 'WBUR', headline, published, paragraphs: Array.from({length: paragraphs}, (_, index) => paragraphText(id, index))};
}

export type FixtureOptions = {
	/** Number of events (at least 3). */
	events?: number;
	/** Paragraphs per source. */
	paragraphs?: number;
};

/** Builds the timeline; events are in date order, as the loader would leave them. */
export function makeTimeline({events = 30, paragraphs = 30}: FixtureOptions = {}): Timeline {
	const sources = [source('alpha', 'Police To Join Checks Program', '2010-12-17', paragraphs), source('beta', "Won't Join Check Program", '2011-06-06', paragraphs)];
	const list: TimelineEvent[] = [];
	const years = ['2008', '2009', '2010', '2011'];
	for (let index = 0; index < events; index++) {
		const year = years[Math.min(years.length - 1, Math.floor((index * years.length) / events))] ?? '2011';
		const month = String((index % 12) + 1).padStart(2, '0');
		const day = String((index % 28) + 1).padStart(2, '0');
		const cited = index % 2 === 0 ? 'alpha' : 'beta';
		const paragraph = (index % paragraphs) + 1;
		const event: TimelineEvent = {
			id: `event-${index + 1}`,
			date: index % 5 === 4 ? {value: `${year}-${month}`, precision: 'month'} : {value: `${year}-${month}-${day}`, precision: index % 3 === 2 ? 'reported' : 'day'},
			headline: `Event ${index + 1} headline with several words to truncate`,
			summary: `Summary of event ${index + 1}.`,
			actors: [],
			tags: [],
			citations: [{source: cited, paragraph, quote: `Quote ${cited}-p${paragraph} is here`}],
		};
		if (index === 2) event.stance = 'undecided';
		if (index === 3) event.stance = 'joining';
		if (index === Math.floor(events * 0.75)) event.stance = 'refusing';
		if (index === 1) event.headline = '移民检查计划 headline in CJK that is wide';
		if (index === events - 1) {
			event.citations = [];
			event.headline = 'Event with its own text';
			event.body = ['The first paragraph of the event itself.', 'The second paragraph.'];
		}
		list.push(event);
	}
	// Sorted as the loader sorts: tests find special events by id or headline, not by position.
	list.sort((a, b) => compareDates(a.date, b.date));
	return {format: 'sc-timeline/1', title: 'Fixture story in Massachusetts', notes: [], sources, events: list, topics: [], statements: []};
}
