/**
 * The loader against random input (fast-check, fixed seed; FC_RUNS for a longer run): any JSON,
 * any text, a valid file with one part replaced, any TimelineJS-shaped document. Each either
 * loads, with every shown string inert, or fails with a UserError whose message is one short,
 * inert line. Anything else (a TypeError, a stack overflow) fails the property.
 */
import {describe, expect, it} from 'vitest';
import {readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import fc from 'fast-check';
import {parseTimeline, type LoadedTimeline} from '../../source/core/load/load-timeline.js';
import {compareDates} from '../../source/core/model/dates.js';
import {idPattern} from '../../source/core/model/schema.js';
import {UserError} from '../../source/core/model/errors.js';
import {dataControl, fcParameters, hostileString, hostileUnit, propertyTimeout, stringsIn} from './support.js';

const file = 'random.json';

/** Runs `load` and checks the outcome: a usable, inert timeline or a one-line UserError. */
function outcome(load: () => LoadedTimeline): 'loaded' | 'refused' {
	let loaded: LoadedTimeline;
	try {
		loaded = load();
	} catch (error) {
		if (!(error instanceof UserError)) throw error;
		expect(error.message.startsWith(`${file}`)).toBe(true);
		expect(error.message).not.toMatch(dataControl);
		expect(error.message.length).toBeLessThan(400);
		return 'refused';
	}
	const {timeline} = loaded;
	expect(stringsIn(timeline).filter(text => dataControl.test(text))).toEqual([]);
	for (const [index, event] of timeline.events.entries()) {
		// Letters of any script, digits and dashes; never bare digits or a trailing dash.
		expect(event.id).toMatch(new RegExp(idPattern, 'u'));
		expect(event.id).not.toMatch(/^\p{N}+$|-$/u);
		const next = timeline.events[index + 1];
		if (next !== undefined) expect(compareDates(event.date, next.date)).toBeLessThanOrEqual(0);
	}
	return 'loaded';
}

const validText = readFileSync(fileURLToPath(new URL('../fixtures/hostile/csi.json', import.meta.url)), 'utf8');
const valid = JSON.parse(validText) as unknown;

/** Every path to a value inside `value`, the empty path (the document) included. */
function paths(value: unknown, prefix: Array<string | number> = [], out: Array<Array<string | number>> = []): Array<Array<string | number>> {
	out.push(prefix);
	if (Array.isArray(value))
		value.forEach((item, index) => {
			paths(item, [...prefix, index], out);
		});
	else if (value !== null && typeof value === 'object') for (const [key, item] of Object.entries(value)) paths(item, [...prefix, key], out);
	return out;
}

/** A copy of `value` with the value at `path` replaced (or, for undefined, removed). */
function replaced(value: unknown, path: Array<string | number>, replacement: unknown): unknown {
	if (path.length === 0) return replacement;
	const copy = structuredClone(value) as Record<string | number, unknown>;
	let parent = copy;
	for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
	const last = path.at(-1) as string | number;
	if (replacement === undefined && Array.isArray(parent)) parent.splice(last as number, 1);
	else if (replacement === undefined) delete parent[last];
	else parent[last] = replacement;
	return copy;
}

const hostileJson = fc.jsonValue({stringUnit: hostileUnit, maxDepth: 5});
const validPaths = paths(valid);

describe('loader (properties)', {timeout: propertyTimeout}, () => {
	it('turns any JSON value into a timeline or a one-line error', () => {
		fc.assert(
			fc.property(hostileJson, value => void outcome(() => parseTimeline(JSON.stringify(value), file))),
			fcParameters(500),
		);
	});

	it('turns any text into a timeline or a one-line error', () => {
		const text = fc.oneof(hostileString(80), fc.json({stringUnit: hostileUnit}), fc.string({unit: 'binary-ascii', maxLength: 80}));
		fc.assert(
			fc.property(text, input => void outcome(() => parseTimeline(input, file))),
			fcParameters(500),
		);
	});

	it('survives a valid file with any one part replaced, removed or cut short', () => {
		const change = fc.record({
			path: fc.constantFrom(...validPaths),
			value: fc.oneof(hostileJson, fc.constant(undefined), hostileString(20)),
		});
		const seen = {loaded: 0, refused: 0};
		fc.assert(
			fc.property(change, ({path, value}) => void seen[outcome(() => parseTimeline(JSON.stringify(replaced(valid, path, value)) ?? '', file))]++),
			fcParameters(500),
		);
		expect(seen.loaded).toBeGreaterThan(0);
		expect(seen.refused).toBeGreaterThan(0);
		fc.assert(
			fc.property(fc.nat(validText.length), cut => void outcome(() => parseTimeline(validText.slice(0, cut), file))),
			fcParameters(200),
		);
	});

	it('imports any TimelineJS-shaped document or refuses it in one line', () => {
		const part = fc.oneof(fc.integer({min: -20, max: 20_000}), fc.integer({min: 0, max: 40}).map(String), hostileString(6), fc.constant(null), fc.double());
		const html = fc
			.array(fc.oneof(hostileString(10), fc.constantFrom('<p>', '</p>', '<br>', '<script>', '</script>', '<b', '>', '&amp;', '&#27;', '&#x9b;', '&#xd800;', '&#x202e;', '&bogus;', '<')), {
				maxLength: 12,
			})
			.map(parts => parts.join(''));
		const event = fc.record(
			{
				start_date: fc.oneof(fc.record({year: part, month: part, day: part}, {requiredKeys: []}), hostileJson),
				text: fc.oneof(fc.record({headline: html, text: html}, {requiredKeys: []}), hostileJson),
				unique_id: fc.oneof(hostileString(12), fc.integer()),
				group: fc.oneof(html, fc.integer()),
			},
			{requiredKeys: ['start_date']},
		);
		const document = fc.record(
			{title: fc.oneof(fc.record({text: fc.record({headline: html, text: html}, {requiredKeys: []})}), hostileJson), events: fc.array(event, {maxLength: 6})},
			{requiredKeys: ['events']},
		);
		const seen = {loaded: 0, refused: 0};
		fc.assert(
			fc.property(document, value => void seen[outcome(() => parseTimeline(JSON.stringify(value), file))]++),
			fcParameters(500),
		);
		// Both outcomes are exercised, so the property is not passing by refusing everything.
		expect(seen.loaded).toBeGreaterThan(0);
		expect(seen.refused).toBeGreaterThan(0);
	});
});
