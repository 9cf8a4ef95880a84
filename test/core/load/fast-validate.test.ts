import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import * as v from 'valibot';
import {declined, fastTimeline, fieldTable} from '../../../source/core/load/fast-validate.js';
import {TimelineSchema} from '../../../source/core/model/schema.js';
import {generateTimeline} from '../../../scripts/generate.mjs';

const bundled = JSON.parse(readFileSync(new URL('../../../data/secure-communities.json', import.meta.url), 'utf8')) as Record<string, unknown>;
const generated = JSON.parse(JSON.stringify(generateTimeline({events: 50, seed: 3}))) as Record<string, unknown>;

/** The fast path either declines, or gives exactly valibot's output, keys in the same order; never accepts what valibot refuses. */
function agrees(document: unknown): 'fast' | 'declined' {
	const fast = fastTimeline(document);
	const slow = v.safeParse(TimelineSchema, document, {abortPipeEarly: true});
	if (fast === undefined) return 'declined';
	expect(slow.success).toBe(true);
	expect(JSON.stringify(fast)).toBe(JSON.stringify(slow.output));
	return 'fast';
}

// biome-ignore lint/suspicious/noExplicitAny: the changes write values of the wrong type on purpose
type Loose = any;

/** `document` with `change` applied to a deep copy. */
function changed(document: Record<string, unknown>, change: (copy: Loose) => void): unknown {
	const copy = structuredClone(document);
	change(copy);
	return copy;
}

describe('the fast validation path', () => {
	it('takes the bundled story and a generated timeline, with the output valibot gives', () => {
		expect(agrees(bundled)).toBe('fast');
		expect(agrees(generated)).toBe('fast');
	});

	it('fills a missing list with [] in its place, as the schema does', () => {
		const document = changed(bundled, copy => {
			delete copy.events[0].tags;
			delete copy.notes;
		});
		expect(agrees(document)).toBe('fast');
		expect(Object.keys(fastTimeline(document)!.events[0]!)).toContain('tags');
	});

	it('declines every invalid document, and anything it does not vouch for', () => {
		const changes: Array<[string, (copy: Loose) => void]> = [
			['unknown top-level field', copy => (copy.colour = 'red')],
			['unknown event field', copy => (copy.events[1].note = 'x')],
			['__proto__ key', copy => Object.defineProperty(copy.events[0], '__proto__', {value: {}, enumerable: true})],
			['empty headline', copy => (copy.events[2].headline = '')],
			['headline a number', copy => (copy.events[2].headline = 7)],
			['summary missing', copy => delete copy.events[0].summary],
			['date value', copy => (copy.events[0].date.value = '2010-1')],
			['precision', copy => (copy.events[0].date.precision = 'week')],
			['time', copy => (copy.events[0].date.time = '24:00')],
			['empty derivation', copy => (copy.events[0].date.derivation = '')],
			['upper-case id', copy => (copy.events[0].id = 'Event-1')],
			['id of 81 characters', copy => (copy.events[0].id = 'a'.repeat(81))],
			['id of another script', copy => (copy.events[0].id = 'взрыв')],
			['untitled false', copy => (copy.events[0].untitled = false)],
			['stance', copy => (copy.events[0].stance = 'maybe')],
			['tags not strings', copy => (copy.events[0].tags = [1])],
			['citations not a list', copy => (copy.events[0].citations = {})],
			['paragraph 0', copy => (copy.events[0].citations = [{source: 'a', paragraph: 0, quote: 'q'}])],
			['paragraph 1.5', copy => (copy.events[0].citations = [{source: 'a', paragraph: 1.5, quote: 'q'}])],
			['empty quote', copy => (copy.events[0].citations = [{source: 'a', paragraph: 1, quote: ''}])],
			['no paragraphs', copy => (copy.sources[0].paragraphs = [])],
			['published', copy => (copy.sources[0].published = '2010')],
			['claim without citations', copy => (copy.statements[0].claims[0].citations = [])],
			['comparison of one', copy => (copy.comparison = ['a'])],
			['comparison of three', copy => (copy.comparison = [...copy.comparison, 'x'])],
			['format', copy => (copy.format = 'sc-timeline/2')],
			['events missing', copy => delete copy.events],
			['events an object', copy => (copy.events = {})],
			['an event null', copy => (copy.events[0] = null)],
			['extra an array', copy => (copy.events[0].extra = ['x'])],
			['extra with a key valibot drops', copy => (copy.events[0].extra = JSON.parse('{"background": "x", "__proto__": {"y": 1}}'))],
			['extra with a constructor key', copy => (copy.titleSlide = {extra: {constructor: 'x'}})],
			['extra a string', copy => (copy.extra = 'x')],
			['scale', copy => (copy.scale = 'geological')],
			// Valid to the schema, but past the loader's length limit, whose message the loader gives.
			['summary of 50,001 characters', copy => (copy.events[0].summary = 'a'.repeat(50_001))],
			['paragraph that shows past the limit', copy => (copy.sources[0].paragraphs[0] = '\u0001'.repeat(25_001))],
		];
		const taken = changes.filter(([, change]) => agrees(changed(bundled, change)) === 'fast').map(([name]) => name);
		// Valid, but left to valibot: a Unicode id, a three-item comparison (valibot keeps two), extra valibot would change, long text.
		expect(taken).toEqual([]);
		// Valid and vouched for, exactly as valibot gives them: media (a field added last, out of the schema's order), eras, the title
		// slide, and TimelineJS fields carried through (a sheet's Background column, a file's autolink).
		const era = {headline: 'Term', start: {value: '2010', precision: 'year'}, end: {value: '2011', precision: 'year'}};
		for (const change of [
			(copy: Loose) => (copy.events[0].media = {url: 'https://example.org/a.png', credit: 'Staff'}),
			(copy: Loose) => (copy.eras = [era]),
			(copy: Loose) => (copy.titleSlide = {media: {caption: 'A caption', url: 'assets/a.jpg'}}),
			(copy: Loose) => (copy.events[0] = {tags: copy.events[0].tags, ...copy.events[0]}),
			(copy: Loose) => (copy.titleSlide = {extra: {background: {color: '#223344'}}}),
			(copy: Loose) => {
				copy.events[0].extra = {background: {url: 'https://example.org/b.jpg'}, unique_id: 'x', 2: [1, {a: null}]};
				copy.events[0].date.extra = {minute: '5'};
				copy.extra = {autolink: false};
			},
		]) {
			expect(agrees(changed(bundled, change))).toBe('fast');
		}
		expect(fastTimeline([])).toBeUndefined();
		expect(fastTimeline(null)).toBeUndefined();
	});
});

/** A valibot schema as far as the walk below reads it. */
type Walked = {type: string; entries?: Record<string, Walked>; wrapped?: Walked; item?: Walked; items?: Walked[]};

/**
 * Every field of every object reachable from `schema` that the fast path's table lacks, as a path
 * (`events[].date.value`). Objects below a field the fast path declines are valibot's alone.
 */
function missingFields(schema: Walked, path: string): string[] {
	if (schema.wrapped) return missingFields(schema.wrapped, path);
	if (schema.item) return missingFields(schema.item, `${path}[]`);
	if (schema.items) return schema.items.flatMap((item, index) => missingFields(item, `${path}[${index}]`));
	if (!schema.entries) return [];
	const table = fieldTable.get(schema.entries);
	if (!table) return [`${path || '(top level)'}: an object the fast path has no table for`];
	return Object.entries(schema.entries).flatMap(([name, entry]) => {
		const at = path ? `${path}.${name}` : name;
		const check = table[name];
		if (check === declined) return [];
		if (typeof check !== 'function') return [at];
		return missingFields(entry, at);
	});
}

describe("the fast path's field table", () => {
	it('has a check, or says it declines, for every field of the schema', () => {
		expect(missingFields(TimelineSchema as unknown as Walked, '')).toEqual([]);
	});

	it('declines no field outright', () => {
		const declinedFields = [...fieldTable.values()].flatMap(table => Object.keys(table).filter(name => table[name] === declined));
		expect(declinedFields).toEqual([]);
	});
});
