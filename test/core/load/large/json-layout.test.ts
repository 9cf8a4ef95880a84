/** Laying out a timeline file's JSON without parsing it: members and array elements, strings skipped whole, offsets in bytes. */
import {describe, expect, it} from 'vitest';
import {jsonLayout, lastArrayHead, layoutHead, type TopLayout} from '../../../../source/core/load/large/json-layout.js';

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
		expect(JSON.parse(layoutHead(Buffer.from(text), layout(text)!))).toEqual({title: 'Ямы “quoted” 😀', events: [], notes: []});
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
});
