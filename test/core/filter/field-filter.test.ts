import {describe, expect, it} from 'vitest';
import {loadTimeline} from '../../../source/core/load/load-timeline.js';
import {combineFilters, filterIndexes, filterLabel, parseFilter, parseFilterExpression, type Filter} from '../../../source/core/filter/field-filter.js';
import {facets, selectionFilter, toggleFacet, type FacetSelection} from '../../../source/core/filter/facets.js';

const {timeline} = loadTimeline(undefined);
const events = timeline.events;

function filterOf(expression: string): Filter {
	const parsed = parseFilterExpression(expression);
	if (parsed.error !== undefined) throw new Error(parsed.error);
	return parsed.filter;
}

const kept = (expression: string) => filterIndexes(filterOf(expression), timeline).map(index => events[index]!.id);
const ids = (keep: (event: (typeof events)[number]) => boolean) => events.filter(keep).map(event => event.id);

describe('filter expressions', () => {
	it('actor: matches the start of a word in any actor, ignoring case, and not inside a word', () => {
		expect(kept('actor:heffernan')).toEqual(ids(event => event.actors.includes('Mary Beth Heffernan')));
		expect(kept('actor:HEFF').length).toBeGreaterThan(0);
		// "ice" is inside "Boston police" but starts no word there.
		expect(kept('actor:ice')).toEqual(ids(event => event.actors.includes('ICE')));
	});

	it('quoted values hold spaces; `=` asks for the whole value', () => {
		expect(kept('actor:"mary beth heffernan"')).toEqual(kept('actor:heffernan'));
		expect(kept('actor:="Deval Patrick"')).toEqual(ids(event => event.actors.includes('Deval Patrick')));
		expect(kept('actor:=patrick')).toEqual([]);
	});

	it('different fields must all match; the same field twice matches either', () => {
		expect(kept('actor:heffernan tag:decision')).toEqual(ids(event => event.actors.includes('Mary Beth Heffernan') && event.tags.includes('decision')));
		expect(kept('tag:criticism tag:other-states')).toEqual(ids(event => event.tags.includes('criticism') || event.tags.includes('other-states')));
		expect(kept('!tag:decision')).toEqual(ids(event => !event.tags.includes('decision')));
	});

	it('stance:, source:, year: and year ranges', () => {
		expect(kept('stance:refusing')).toEqual(ids(event => event.stance === 'refusing'));
		expect(kept('stance:ref')).toEqual(kept('stance:refusing'));
		const june = timeline.sources.find(source => source.published.startsWith('2011'))!;
		expect(kept(`source:${june.id}`)).toEqual(ids(event => event.citations.some(cite => cite.source === june.id)));
		expect(kept('source:wbur')).toEqual(ids(event => event.citations.length > 0));
		expect(kept('year:2011')).toEqual(ids(event => event.date.value.startsWith('2011')));
		expect(kept('year:2008..2010')).toEqual(ids(event => event.date.value < '2011'));
	});

	it('year: takes a year before the common era as the file writes it and the list shows it: -50 is 50 BC; --since takes it too', async () => {
		const {parseSheetTimeline} = await import('../../../source/core/load/sheet/load-sheet.js');
		const {formatDate} = await import('../../../source/core/model/dates.js');
		const {timeline: ancient} = parseSheetTimeline('Year,Month,Headline\n-50,,Fifty BC\n-50,6,June of 50 BC\n-1,,One BC\n1,,One AD\n', 'a.csv', ',');
		const keptOf = (expression: string) => filterIndexes(filterOf(expression), ancient).map(index => ancient.events[index]!.headline);
		expect(ancient.events.map(event => formatDate(event.date))).toEqual(['50 BC', 'June 50 BC', '1 BC', '1']);
		expect(keptOf('year:-50')).toEqual(['Fifty BC', 'June of 50 BC']);
		expect(keptOf('year:-1')).toEqual(['One BC']);
		expect(keptOf('year:-50..-1')).toEqual(['Fifty BC', 'June of 50 BC', 'One BC']);
		expect(filterIndexes(filterOf('since:-1'), ancient).map(index => ancient.events[index]!.headline)).toEqual(['One BC', 'One AD']);
	});

	it('group: matches the event group', () => {
		const grouped = {...timeline, events: events.map((event, index) => ({...event, group: index % 2 === 0 ? 'Boston' : 'State House'}))};
		expect(filterIndexes(filterOf('group:state'), grouped)).toEqual(events.flatMap((_, index) => (index % 2 === 1 ? [index] : [])));
	});

	it('since: and until: take whole periods: until 2010 keeps December 2010, since a day drops the day before', () => {
		expect(kept('since:2011-01-01')).toEqual(ids(event => event.date.value >= '2011'));
		expect(kept('until:2010')).toEqual(ids(event => event.date.value < '2011'));
		expect(kept('since:"june 4 2011"')).toEqual(ids(event => event.date.value >= '2011-06-04'));
		expect(kept('since:2010-12 until:2010-12')).toEqual(ids(event => event.date.value.startsWith('2010-12')));
	});

	it('bad expressions are one-line errors naming the problem', () => {
		expect(parseFilterExpression('colour:red').error).toMatch(/unknown filter field "colour:"; fields: actor, tag/);
		expect(parseFilterExpression('heffernan').error).toMatch(/expected field:value.*got "heffernan"/);
		expect(parseFilterExpression('actor:').error).toMatch(/"actor:" needs a value/);
		expect(parseFilterExpression('since:someday').error).toMatch(/since: expects a date/);
		expect(parseFilterExpression('year:twenty').error).toMatch(/year: expects a year/);
	});

	it('in a search query, words that are not qualifiers are left for the search', () => {
		const parsed = parseFilter("'mandatory actor:heffernan note:x | y");
		expect(parsed.error).toBeUndefined();
		if (parsed.error === undefined) {
			expect(parsed.rest).toEqual(["'mandatory", 'note:x', '|', 'y']);
			expect(parsed.filter.labels).toEqual(['actor: heffernan']);
		}
	});

	it('labels the header with what is applied', () => {
		const filter = filterOf('actor:Heffernan');
		expect(filterLabel(filter, 9, 22)).toBe('9 of 22 · actor: Heffernan');
		expect(filterLabel(filterOf(''), 22, 22)).toBe('');
		const both = combineFilters(filterOf('since:2010'), filterOf('since:2011 tag:decision'));
		expect(filterIndexes(both, timeline)).toEqual(filterIndexes(filterOf('since:2011 tag:decision'), timeline));
	});
});

describe('facets', () => {
	const all = facets(timeline, events);
	const field = (name: string) => all.find(facet => facet.field === name)?.values ?? [];

	it('counts each value of each field, most frequent first', () => {
		const actors = field('actor');
		expect(actors[0]).toEqual({value: 'Mary Beth Heffernan', count: events.filter(event => event.actors.includes('Mary Beth Heffernan')).length});
		for (let i = 1; i < actors.length; i++) expect(actors[i - 1]!.count).toBeGreaterThanOrEqual(actors[i]!.count);
		expect(field('year').map(value => value.value)).toEqual([...new Set(events.map(event => event.date.value.slice(0, 4)))]);
		expect(
			field('stance')
				.map(value => value.value)
				.sort(),
		).toEqual([...new Set(events.flatMap(event => event.stance ?? []))].sort());
		expect(
			field('source')
				.map(value => value.value)
				.sort(),
		).toEqual(timeline.sources.map(source => source.id).sort());
		expect(all.some(facet => facet.field === 'group')).toBe(false);
	});

	it('toggled values become a filter: one field ORs its values, fields AND', () => {
		let selection: FacetSelection = new Map();
		selection = toggleFacet(selection, 'actor', 'Mary Beth Heffernan');
		selection = toggleFacet(selection, 'actor', 'ICE');
		selection = toggleFacet(selection, 'year', '2011');
		const {expression, filter} = selectionFilter(selection);
		expect(expression).toBe('actor:="Mary Beth Heffernan" actor:=ICE year:=2011');
		const expected = ids(event => (event.actors.includes('Mary Beth Heffernan') || event.actors.includes('ICE')) && event.date.value.startsWith('2011'));
		expect(filterIndexes(filter, timeline).map(index => events[index]!.id)).toEqual(expected);
		expect(filterLabel(filter, expected.length, events.length)).toBe(`${expected.length} of ${events.length} · actor: Mary Beth Heffernan, ICE · year: 2011`);
		// Toggling every value off leaves no filter.
		for (const [name, value] of [
			['actor', 'Mary Beth Heffernan'],
			['actor', 'ICE'],
			['year', '2011'],
		] as const)
			selection = toggleFacet(selection, name, value);
		expect(selection.size).toBe(0);
	});
});
