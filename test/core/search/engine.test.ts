import {describe, expect, it} from 'vitest';
import fc from 'fast-check';
import {SearchEngine} from '../../../source/core/search/engine.js';
import {buildCorpus} from '../../../source/core/search/corpus.js';
import {materialize} from '../../../source/core/search/results.js';
import {engineFor, label, matched, searchAll, timeline} from './fixture.js';
import type {Timeline} from '../../../source/core/model/schema.js';

const labels = (query: string) => searchAll(query).map(label);

describe('search operators', () => {
	it('fuzzy (the default) finds a term inside words, in events and passages', () => {
		expect(labels('heffer').sort()).toEqual(['letter', 'police-join']);
		expect(labels('quarter')).toEqual(['long-article#61']);
	});

	it("'exact finds the text only as written, typos and all", () => {
		expect(labels("'polise")).toEqual([]);
		expect(labels("'police").sort()).toEqual(['letter', 'police-join', 'short-article#1']);
	});

	it('^prefix and suffix$ anchor to the start and end of a field, an actor, a tag or a paragraph', () => {
		expect(labels('^state').sort()).toEqual(['police-join', 'short-article#1']);
		expect(labels('^police')).toEqual([]);
		expect(labels('program$')).toEqual(['ice-begins']);
		expect(labels('^decision$').sort()).toEqual(['letter', 'police-join']);
		expect(labels('^decis$')).toEqual([]);
	});

	it('!exclude drops what contains the text', () => {
		expect(labels('police !heffernan')).toEqual(['short-article#1']);
		// "ICE begins the program" and "ICE runs the program" start with ice.
		expect(labels('program !^ice').sort()).toEqual(['letter', 'police-join', 'short-article#1']);
	});

	it('space is AND, | is OR', () => {
		expect(labels('heffernan police').sort()).toEqual(['letter', 'police-join']);
		expect(labels('zeppelin | fingerprints').sort()).toEqual(['ice-begins', 'long-article#61']);
		expect(labels('zeppelin | fingerprints customs')).toEqual(['ice-begins']);
	});

	it('is smart-case: a capital makes a term match case exactly', () => {
		expect(labels('ICE').sort()).toEqual(['ice-begins', 'short-article#2']);
		expect(labels('ice')).toEqual(expect.arrayContaining(['ice-begins', 'short-article#2', 'police-join', 'short-article#1']));
	});

	it('keeps smart case under typos: a capital is never one of the typos', () => {
		const cased: Timeline = {...timeline, sources: [], events: [{...timeline.events[0]!, headline: 'Heffernan wrote', summary: 'the heffernan file', actors: [], tags: []}]};
		const [result] = searchAll('Heffernen', engineFor(cased));
		expect(result?.fields?.map(field => field.field)).toEqual(['headline']);
		expect(searchAll('heffernen', engineFor(cased))[0]?.fields?.map(field => field.field)).toEqual(['headline', 'summary']);
	});

	it('ignores accents unless asked for them', () => {
		const accented: Timeline = {...timeline, sources: [], events: [{...timeline.events[0]!, headline: 'Résumé of the Zürich meeting', actors: [], tags: []}]};
		const [result] = searchAll('zurich resume', engineFor(accented));
		expect(result && matched(result)).toEqual(['Résumé', 'Zürich']);
	});
});

describe('full text', () => {
	it('finds a word from the last paragraph of a long article, and says where it is', () => {
		const [result, ...rest] = searchAll('zeppelin');
		expect(rest).toEqual([]);
		expect(result).toMatchObject({kind: 'passage', sourceId: 'long-article', paragraph: 61, field: 'paragraph'});
		expect(matched(result!)).toEqual(['zeppelin']);
		// Reached through the event that cites that paragraph.
		expect(timeline.events[result!.eventIndex!]?.id).toBe('letter');
	});

	it('finds a typo within the fuzzy threshold, highlighting the characters that match', () => {
		const [result] = searchAll('quartermastr');
		expect(result).toMatchObject({sourceId: 'long-article', paragraph: 61});
		expect(matched(result!).join('')).toMatch(/^quartermast/);
		expect(labels('zepelin')).toEqual(['long-article#61']);
	});

	it('does not find a term with more typos than its length allows', () => {
		// Seven letters allow one edit; this is two (a wrong letter and a missing one).
		expect(labels('zepxlin')).toEqual([]);
		// Eight allow two.
		expect(labels('zeppxlxn')).toEqual(['long-article#61']);
		expect(labels('zxppxlxn')).toEqual([]);
		// Short terms allow none.
		expect(labels('zepp')).toEqual(['long-article#61']);
		expect(labels('zepx')).toEqual([]);
	});
});

describe('ranking and results', () => {
	it('puts whole-word matches above typos, and events whose headline matches first', () => {
		const results = searchAll('police');
		expect(label(results[0]!)).toBe('police-join');
		expect(results[0]!.field).toBe('headline');
		const scores = results.map(result => result.score);
		expect([...scores].sort((a, b) => a - b)).toEqual(scores);
		const typo = searchAll('polise');
		expect(Math.min(...typo.map(result => result.score))).toBeGreaterThan(results[0]!.score);
	});

	it('gives event results the fields that matched, actors and tags joined', () => {
		const [result] = searchAll('heffernan patrick');
		expect(label(result!)).toBe('letter');
		const actors = result!.fields!.find(field => field.field === 'actors')!;
		expect(actors.text).toBe('Mary Beth Heffernan, Deval Patrick');
		expect(actors.ranges.map(([start, end]) => actors.text.slice(start, end))).toEqual(['Heffernan', 'Patrick']);
	});

	it('highlights exactly the matched characters, merged and in order', () => {
		for (const query of ["'state\\ police", 'police state', 'program | ice', '^state', 'communities$']) {
			for (const result of searchAll(query)) {
				for (const [start, end] of result.ranges) expect(end).toBeGreaterThan(start);
				for (let i = 1; i < result.ranges.length; i++) expect(result.ranges[i]![0]).toBeGreaterThan(result.ranges[i - 1]![1]);
			}
		}
		const [exact] = searchAll("'state\\ police");
		expect(matched(exact!)).toEqual(['State police']);
	});

	it('an empty query matches nothing', () => {
		expect(searchAll('')).toEqual([]);
	});
});

describe('incremental narrowing', () => {
	const words = ['state', 'police', 'heffernan', 'program', 'zeppelin', 'ice', 'ICE', 'letter'];
	const operators = ['', "'", '^', '!'];
	const token = fc.tuple(fc.constantFrom(...operators), fc.constantFrom(...words), fc.constantFrom('', '$'), fc.constantFrom(' ', ' | ')).map(([op, word, end, sep]) => op + word + end + sep);

	it('typing a query character by character gives the same results as searching it afresh', () => {
		fc.assert(
			fc.property(fc.array(token, {minLength: 1, maxLength: 4}), tokens => {
				const query = tokens.join('').trim();
				const typing = engineFor();
				for (let i = 1; i <= query.length; i++) {
					const prefix = query.slice(0, i);
					expect(searchAll(prefix, typing)).toEqual(searchAll(prefix));
				}
			}),
			{numRuns: 25},
		);
	});
});

describe('cancelling', () => {
	it('stops when asked and then answers the next query in full', () => {
		const big: Timeline = {...timeline, sources: [{...timeline.sources[0]!, paragraphs: Array.from({length: 20_000}, (_, i) => `Paragraph ${i} about the program.`)}]};
		const engine = new SearchEngine(buildCorpus(big));
		expect(engine.search('program', {shouldStop: () => true})).toBeUndefined();
		const ranking = engine.search('program')!;
		expect(ranking.total).toBeGreaterThan(20_000);
		expect(materialize(engine, ranking, 0, 1)).toHaveLength(1);
	});
});

describe('corpusParts', () => {
	it('gives the same corpus in small parts as buildCorpus at once', async () => {
		const {corpusParts} = await import('../../../source/core/search/corpus.js');
		const parts = corpusParts(timeline, 200);
		const texts: string[] = [];
		let next = parts.next();
		for (; next.done !== true; next = parts.next()) texts.push(next.value);
		// Parts end between events and between sources: here after the events, and after each of the two sources.
		expect(texts.length).toBe(3);
		const whole = buildCorpus(timeline);
		expect(texts.join('')).toBe(whole.text);
		expect({...next.value, text: whole.text}).toEqual(whole);
	});
});

describe('an index built in steps', () => {
	it('answers at once, words as typed, and with typos once the index is built; the same matches as an index built first', () => {
		const engine = new SearchEngine(buildCorpus(timeline), {index: 'steps'});
		const built = new SearchEngine(buildCorpus(timeline));
		const labelsOf = (which: SearchEngine, query: string) => materialize(which, which.search(query)!, 0, 100).map(label);
		// `quartermaster` as typed, then with a typo that only the index (its vocabulary) can find.
		expect(labelsOf(engine, 'quartermaster')).toEqual(labelsOf(built, 'quartermaster'));
		expect(labelsOf(engine, 'quartermastr')).toEqual([]);
		while (!engine.indexStep());
		expect(labelsOf(engine, 'quartermastr')).toEqual(labelsOf(built, 'quartermastr'));
		expect(labelsOf(engine, 'quartermastr')).not.toEqual([]);
	});
});
