import {describe, expect, it} from 'vitest';
import {loadTimeline} from '../../../source/core/load/load-timeline.js';
import {buildCorpus} from '../../../source/core/search/corpus.js';
import {SearchEngine} from '../../../source/core/search/engine.js';
import {parseQuery, refines} from '../../../source/core/search/query.js';
import {filterFacts} from '../../../source/core/search/qualifiers.js';
import {materialize} from '../../../source/core/search/results.js';
import {filterIndexes, parseFilterExpression} from '../../../source/core/filter/field-filter.js';

const {timeline} = loadTimeline(undefined);
const corpus = buildCorpus(timeline);
const engine = () => new SearchEngine(corpus, {index: 'lazy', facts: filterFacts(timeline)});
const keptBy = (expression: string) => {
	const parsed = parseFilterExpression(expression);
	if (parsed.error !== undefined) throw new Error(parsed.error);
	return new Set(filterIndexes(parsed.filter, timeline));
};
/** The events of a query's results (passages by the event that shows them), and how many results. */
function results(search: SearchEngine, query: string) {
	const ranking = search.search(query)!;
	const found = materialize(search, ranking, 0, ranking.total);
	return {found, events: found.map(result => result.eventIndex)};
}

describe('field qualifiers in search queries', () => {
	it('parse out of the query, leaving the fzf terms as they were', () => {
		const query = parseQuery("actor:heffernan 'mandatory | voluntary !ice");
		expect(query.filter?.labels).toEqual(['actor: heffernan']);
		expect(query.groups.map(group => group.map(term => term.text))).toEqual([['mandatory', 'voluntary'], ['ice']]);
		expect(parseQuery("'mandatory | voluntary !ice").groups).toEqual(query.groups);
		expect(parseQuery('actor:').filter).toBeUndefined();
		expect(parseQuery('since:someday word').filterError).toMatch(/since: expects a date/);
		expect(parseQuery('since:someday word').groups).toHaveLength(1);
	});

	it('narrow the results to the events they keep, passages included by their event', () => {
		const search = engine();
		const all = results(search, "'mandatory");
		const narrowed = results(search, "actor:heffernan 'mandatory");
		const heffernan = keptBy('actor:heffernan');
		expect(narrowed.found.length).toBeGreaterThan(0);
		expect(narrowed.found.length).toBeLessThan(all.found.length);
		for (const index of narrowed.events) expect(heffernan.has(index!)).toBe(true);
		// Exactly the unfiltered results whose event the qualifier keeps, in the same order.
		expect(narrowed.found).toEqual(all.found.filter(result => result.eventIndex !== undefined && heffernan.has(result.eventIndex)));
		expect(narrowed.found.some(result => result.kind === 'passage')).toBe(true);
	});

	it('alone, list every event they keep in timeline order', () => {
		const {found} = results(engine(), 'tag:decision year:2011');
		expect(found.every(result => result.kind === 'event')).toBe(true);
		expect(found.map(result => result.eventIndex)).toEqual([...keptBy('tag:decision year:2011')]);
	});

	it('a filter given to the engine applies to every query; a query refining another keeps its qualifiers', () => {
		const parsed = parseFilterExpression('since:2011');
		if (parsed.error !== undefined) throw new Error(parsed.error);
		const search = new SearchEngine(corpus, {index: 'lazy', facts: filterFacts(timeline), filter: parsed.filter});
		const since = keptBy('since:2011');
		const {events} = results(search, 'heffernan');
		expect(events.length).toBeGreaterThan(0);
		for (const index of events) expect(since.has(index!)).toBe(true);
		expect(refines(parseQuery("tag:decision 'mandatory"), parseQuery("tag:decision 'mand"))).toBe(true);
		expect(refines(parseQuery("tag:decision 'mandatory"), parseQuery("'mand"))).toBe(false);
		// Typing on from a narrower query to a wider one gives the wider results, not the cached narrow ones.
		const typed = engine();
		typed.search('tag:decision heff');
		expect(results(typed, 'heffernan').found).toEqual(results(engine(), 'heffernan').found);
	});

	it('without the facts to apply them, qualifiers match nothing rather than being ignored', () => {
		const bare = new SearchEngine(corpus, {index: 'lazy'});
		expect(bare.search('actor:heffernan letter')!.total).toBe(0);
	});
});
