/** Laying out a timeline file's JSON without parsing it: members and array elements, strings skipped whole, offsets in bytes. */
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {jsonLayout, jsonLayoutNow, lastArrayHead, LayoutWindow, openShell, type TopLayout} from '../../../../source/core/load/large/json-layout.js';
import {elementRuns} from '../../../../source/core/load/large/element-runs.js';
import {fcParameters} from '../../../hardening/support.js';

function layout(text: string): TopLayout | undefined {
	const scan = jsonLayout(Buffer.from(text), ['events', 'sources'], 1);
	for (let step = scan.next(); ; step = scan.next()) if (step.done === true) return step.value;
}

const elements = (text: string, key: string) => {
	const bytes = Buffer.from(text);
	const array = layout(text)?.arrays.get(key);
	return array?.starts.map((start, index) => bytes.toString('utf8', start, array.ends[index]));
};

describe('jsonLayout', () => {
	it('finds each element of the long arrays, whatever their strings hold', () => {
		const text = ' {"title": "a [b] {c}", "events" : [ {"h": "x \\" ] }"}, [1, [2]], "s,t" , 3 ], "notes": ["events"], "sources": []}\n';
		expect(elements(text, 'events')).toEqual(['{"h": "x \\" ] }"}', '[1, [2]]', '"s,t"', '3']);
		expect(elements(text, 'sources')).toEqual([]);
		const events = layout(text)!.arrays.get('events')!;
		expect(Buffer.from(text).toString('utf8', events.start, events.end)).toMatch(/^\[.*\]$/);
	});

	it('cuts text of any script whole: elements and the head decode to what was written', () => {
		const text = '\uFEFF{"title": "Ямы “quoted” 😀", "events": [{"h": "café — ☕"}, "日本語"], "notes": []}';
		expect(elements(text, 'events')).toEqual(['{"h": "café — ☕"}', '"日本語"']);
		expect(JSON.parse(layout(text)!.head)).toEqual({title: 'Ямы “quoted” 😀', events: [], notes: []});
	});

	it('gives up (undefined) on a long array named twice, however the name is written: JSON.parse keeps the last', () => {
		for (const twice of ['{"events": [1], "events": [2]}', '{"sources": [], "events": [1], "sources": [2]}', '{"events": [1], "ev\\u0065nts": [2]}']) expect(layout(twice), twice).toBeUndefined();
		expect(layout('{"ev\\u0065nts": [1, 2]}')?.arrays.get('events')?.starts).toHaveLength(2);
	});

	it('gives up (undefined) on text that is not one whole JSON object', () => {
		for (const bad of ['', '[1]', '{"events": [1, 2', '{"events": [1 2]}', '{"a": 1} x', '{"a" 1}', '{"a": "open}', `{"events": [${'['.repeat(100)}${']'.repeat(100)}]}`])
			expect(layout(bad), bad).toBeUndefined();
	});

	it('finds the first elements of the last array under a key without reading what comes before it', () => {
		const text = '{"sources": [{"events": 1}, "a"], "tags": ["events"], "events": [{"id": "é"}, {"id": "b"}, {"id": "c"}]}';
		const bytes = Buffer.from(text);
		const head = lastArrayHead(bytes, 'events', 2)!;
		expect(head.starts.map((start, index) => bytes.toString('utf8', start, head.ends[index]))).toEqual(['{"id": "é"}', '{"id": "b"}']);
		expect(lastArrayHead(bytes, 'events', 5)?.starts).toHaveLength(3);
		expect(lastArrayHead(Buffer.from('{"tags": ["events"]}'), 'events', 2)).toBeUndefined();
	});

	it('stops at the events when the articles came before them: the head ends at their `[`, and the rest is read after them', () => {
		const text = '{"title": "t", "sources": [{"id": "s"}], "events": [{"id": "e"}], "topics": [{"id": "x", "label": "X"}]}';
		const bytes = Buffer.from(text);
		const scan = jsonLayout(bytes, ['sources', 'events'], 1, 'events');
		let step = scan.next();
		while (step.done !== true) step = scan.next();
		const stopped = step.value!;
		expect(stopped.open).toEqual({key: 'events', start: text.indexOf('[{"id": "e"')});
		expect([...stopped.arrays.keys()]).toEqual(['sources']);
		const {head} = stopped;
		expect(head).toBe('{"title": "t", "sources": [], "events": ');
		const eventsEnd = text.indexOf(', "topics"');
		expect(JSON.parse(openShell(stopped, head, bytes, eventsEnd)!)).toEqual({title: 't', sources: [], events: [], topics: [{id: 'x', label: 'X'}]});
		// A long array named again after it (escaped or not): JSON.parse would keep that one, so none is given.
		for (const again of [', "events": []}', ', "topics": [], "sources": [{"id": "t"}]}', ', "ev\\u0065nts": [1]}', ', "topics": [}']) {
			const other = Buffer.from(text.slice(0, eventsEnd) + again);
			expect(openShell(stopped, head, other, eventsEnd), again).toBeUndefined();
		}
		// Events before the articles: laid out whole, nothing left open.
		const first = Buffer.from('{"events": [{"id": "e"}], "sources": [{"id": "s"}]}');
		const whole = jsonLayout(first, ['sources', 'events'], 1, 'events');
		let end = whole.next();
		while (end.done !== true) end = whole.next();
		expect(end.value?.open).toBeUndefined();
		expect([...(end.value?.arrays.keys() ?? [])]).toEqual(['events', 'sources']);
	});

	it('gives the same layout read a few bytes at a time as held whole, wherever the reads end, and the same refusals', () => {
		/** `bytes` as a file read a part at a time into one buffer, reused and scribbled over before each read: a view kept too long reads the scribble. */
		const partsOf = (bytes: Buffer, span: number) => {
			let buffer = Buffer.alloc(0);
			const part = (start: number, end: number) => {
				if (buffer.length < end - start) buffer = Buffer.alloc(Math.max(end - start, 2 * buffer.length));
				buffer.fill(0x5d);
				bytes.copy(buffer, 0, start, end);
				return buffer.subarray(0, end - start);
			};
			return new LayoutWindow(Buffer.alloc(0), {size: bytes.length, span, part});
		};
		const member = fc.tuple(
			fc.constantFrom('title', 'sources', 'events', 'notes', 'ev\\u0065nts', 'x'),
			fc.oneof(
				fc.json(),
				fc.array(fc.json(), {maxLength: 4}).map(items => JSON.stringify(items)),
			),
		);
		const file = fc.record({
			bom: fc.boolean(),
			members: fc.array(member, {maxLength: 5}),
			indent: fc.constantFrom(0, 1, 2),
			after: fc.constantFrom('', ' ', '\n', ' x', ']'),
			cut: fc.option(fc.nat(), {nil: undefined}),
		});
		fc.assert(
			fc.property(file, fc.integer({min: 1, max: 40}), fc.constantFrom(undefined, 'events'), ({bom, members, indent, after, cut}, span, open) => {
				const body = members.map(([key, value]) => `"${key}":${indent === 0 ? '' : ' '}${JSON.stringify(JSON.parse(value), null, indent)}`).join(`,${indent === 0 ? '' : '\n'}`);
				let text = `${bom ? '\uFEFF' : ''}${indent === 0 ? '' : ' '}{${body}}${after}`;
				if (cut !== undefined) text = text.slice(0, cut % (text.length + 1));
				const bytes = Buffer.from(text);
				const whole = jsonLayoutNow(bytes, ['sources', 'events'], open);
				expect(jsonLayoutNow(partsOf(bytes, span), ['sources', 'events'], open)).toEqual(whole);
				// The head is the object with its long arrays left empty.
				if (whole !== undefined && whole.open === undefined)
					expect(JSON.parse(whole.head)).toEqual({...JSON.parse(text.replace(/^\uFEFF/, '')), ...Object.fromEntries([...whole.arrays.keys()].map(key => [key, []]))});
			}),
			fcParameters(300),
		);
	});

	describe('elementRuns', () => {
		/** The elements of the array opening at `open`, in runs of about `size` bytes: each run's elements, the parses tried, and where the array ends. */
		function runs(text: string, size: number) {
			const bytes = Buffer.from(text);
			const open = bytes.indexOf('[', bytes.lastIndexOf('"events"'));
			let tries = 0;
			const found: unknown[][] = [];
			const steps = elementRuns(
				bytes,
				open + 1,
				size,
				(start, end) => {
					tries++;
					try {
						return JSON.parse(`[${bytes.toString('utf8', start, end)}]`) as unknown[];
					} catch {
						return undefined;
					}
				},
				true,
			);
			for (let step = steps.next(); ; step = steps.next()) {
				if (step.done === true) return {found, tries, end: step.value};
				found.push(step.value.value);
			}
		}
		const event = (i: number, extra = '') => `{"id": "e${i}", "headline": "h ${i}, {\\"id\\": 1}"${extra}}`;
		const file = (events: string[], after = '') => `{"sources": [], "events": [\n  ${events.join(',\n  ')}\n]${after}}\n`;
		const ends = (text: string) => layout(text)?.arrays.get('events')?.end;

		it('gives every element once, in order, in runs of about the size asked for, and where the array ends', () => {
			const text = file(Array.from({length: 200}, (_, i) => event(i)));
			const {found, tries, end} = runs(text, 300);
			expect(found.flat()).toEqual(JSON.parse(text).events);
			expect(found.length).toBeGreaterThan(20);
			// Every proposal was right: one parse per run.
			expect(tries).toBe(found.length);
			expect(end).toBe(ends(text));
		});

		it('finds the runs element by element where a nested object opens as an element does, or elements open differently', () => {
			const nested = file(Array.from({length: 60}, (_, i) => event(i, `, "media": [{"id": "m${i}"}, {"id": "n${i}"}]`)).map(text => text.replace(/\s/g, '')));
			const varied = file(Array.from({length: 60}, (_, i) => (i % 2 === 0 ? event(i) : `{"headline": "x", "id": "e${i}"}`)));
			const other = file(
				Array.from({length: 60}, (_, i) => event(i)),
				', "notes": []',
			);
			for (const text of [nested, varied, other]) {
				const {found, tries, end} = runs(text, 200);
				expect(found.flat()).toEqual(JSON.parse(text).events);
				expect(end).toBe(ends(text));
				// Proposals that keep failing stop being made: here at most two parses are wasted.
				expect(tries).toBeLessThanOrEqual(found.length + 2);
			}
		});

		it('searches no stretch of the file twice for where the elements open, even when no other element opens as the first does', () => {
			const text = file([`{"headline": "first", "id": "e0"}`, ...Array.from({length: 400}, (_, i) => event(i + 1))]);
			const bytes = Buffer.from(text);
			let searched = 0;
			const search = bytes.indexOf.bind(bytes);
			// Counts the bytes searched for the opening (a Buffer), not the quotes the element-by-element runs look for.
			Object.assign(bytes, {
				indexOf: (value: string | number | Uint8Array, from: number) => {
					const found = search(value, from);
					if (typeof value !== 'number') searched += (found === -1 ? bytes.length : found) - from;
					return found;
				},
			});
			const open = bytes.indexOf('[', text.lastIndexOf('"events"'));
			const steps = elementRuns(bytes, open + 1, 300, (start, end) => JSON.parse(`[${bytes.toString('utf8', start, end)}]`) as unknown[], true);
			const found: unknown[] = [];
			for (let step = steps.next(); step.done !== true; step = steps.next()) found.push(...step.value.value);
			expect(found).toEqual(JSON.parse(text).events);
			expect(searched).toBeLessThanOrEqual(bytes.length);
		});

		it('takes an empty array and one element, and gives undefined for an array that does not parse', () => {
			expect(runs(file([]), 100)).toMatchObject({found: [], end: ends(file([]))});
			expect(runs(file([event(1)]), 100).found.flat()).toEqual([JSON.parse(event(1))]);
			const broken = file(Array.from({length: 40}, (_, i) => (i === 30 ? '{"id": "e30", "headline": }' : event(i))));
			expect(runs(broken, 200).end).toBeUndefined();
		});
	});
});
