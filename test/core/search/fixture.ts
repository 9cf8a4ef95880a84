/** A small timeline for search tests: a few events and one long article whose last paragraph holds rare words. */
import type {Timeline} from '../../../source/core/model/schema.js';
import {buildCorpus} from '../../../source/core/search/corpus.js';
import {SearchEngine} from '../../../source/core/search/engine.js';
import {materialize, type SearchResult} from '../../../source/core/search/results.js';

const filler = [
	'The committee met again on Tuesday to review the budget and the schedule for the coming year.',
	'Officials said the hearing would continue next week after members asked for more data.',
];

/** 60 paragraphs of about 17 words, then the one that matters: over a thousand words before it. */
export const longParagraphs = [...Array.from({length: 60}, (_, i) => `${filler[i % 2]} Item ${i + 1}.`), 'In the final paragraph the quartermaster of the zeppelin finally spoke to reporters.'];

export const timeline: Timeline = {
	format: 'sc-timeline/1',
	title: 'Search fixture',
	notes: [],
	topics: [],
	statements: [],
	sources: [
		{id: 'long-article', outlet: 'Daily Ledger', headline: 'A very long article', published: '2011-06-06', paragraphs: longParagraphs},
		{
			id: 'short-article',
			outlet: 'Evening Courier',
			headline: 'Police and the program',
			published: '2010-12-17',
			paragraphs: ['State police will join Secure Communities, the immigration program.', 'ICE runs the program; critics say it is mandatory in practice.'],
		},
	],
	events: [
		{
			id: 'police-join',
			date: {value: '2010-12-17', precision: 'day'},
			headline: 'State police join Secure Communities',
			summary: 'Massachusetts State Police will take part in the immigration program.',
			actors: ['Mary Beth Heffernan', 'State Police'],
			tags: ['decision'],
			citations: [{source: 'short-article', paragraph: 1, quote: 'State police will join'}],
		},
		{
			id: 'letter',
			date: {value: '2011-06-03', precision: 'day'},
			headline: 'Letter: the governor will not sign',
			summary: 'Heffernan wrote that the program does not meet its objective; the police chief disagreed.',
			actors: ['Mary Beth Heffernan', 'Deval Patrick'],
			tags: ['letter', 'decision'],
			citations: [{source: 'long-article', paragraph: 61, quote: 'quartermaster of the zeppelin'}],
		},
		{
			id: 'ice-begins',
			date: {value: '2008-10', precision: 'month'},
			headline: 'ICE begins the program',
			summary: 'Immigration and Customs Enforcement started checking fingerprints.',
			actors: ['ICE'],
			tags: ['program'],
			citations: [],
		},
	],
};

/** A fresh engine over the fixture (or another timeline). */
export function engineFor(source: Timeline = timeline): SearchEngine {
	return new SearchEngine(buildCorpus(source));
}

/** Runs a query and returns every result. */
export function searchAll(query: string, engine: SearchEngine = engineFor()): SearchResult[] {
	const ranking = engine.search(query);
	if (ranking === undefined) throw new Error('search stopped');
	return materialize(engine, ranking, 0, ranking.total);
}

/** The matched substrings of a result's text. */
export function matched(result: SearchResult): string[] {
	return result.ranges.map(([start, end]) => result.text.slice(start, end));
}

/** A short label per result: the event id, or source id and paragraph. */
export function label(result: SearchResult): string {
	return result.kind === 'event' ? timeline.events[result.eventIndex!]!.id : `${result.sourceId}#${result.paragraph}`;
}
