/** Laying out a timeline's JSON text without parsing it: members and array elements, strings skipped whole. */
import {describe, expect, it} from 'vitest';
import {jsonLayout, lastArrayHead, type TopLayout} from '../../source/core/json-layout.js';

function layout(text: string): TopLayout | undefined {
	const scan = jsonLayout(text, ['events', 'sources'], 1);
	for (let step = scan.next(); ; step = scan.next()) if (step.done === true) return step.value;
}

const elements = (text: string, key: string) => {
	const array = layout(text)?.arrays.get(key);
	return array?.starts.map((start, index) => text.slice(start, array.ends[index]));
};

describe('jsonLayout', () => {
	it('finds each element of the long arrays, whatever their strings hold', () => {
		const text = ' {"title": "a [b] {c}", "events" : [ {"h": "x \\" ] }"}, [1, [2]], "s,t" , 3 ], "notes": ["events"], "sources": []}\n';
		expect(elements(text, 'events')).toEqual(['{"h": "x \\" ] }"}', '[1, [2]]', '"s,t"', '3']);
		expect(elements(text, 'sources')).toEqual([]);
		const events = layout(text)!.arrays.get('events')!;
		expect(text.slice(events.start, events.end)).toMatch(/^\[.*\]$/);
	});

	it('gives up (undefined) on text that is not one whole JSON object', () => {
		for (const bad of ['', '[1]', '{"events": [1, 2', '{"events": [1 2]}', '{"a": 1} x', '{"a" 1}', '{"a": "open}', `{"events": [${'['.repeat(100)}${']'.repeat(100)}]}`])
			expect(layout(bad), bad).toBeUndefined();
	});

	it('finds the first elements of the last array under a key without reading what comes before it', () => {
		const text = '{"sources": [{"events": 1}, "a"], "tags": ["events"], "events": [{"id": "a"}, {"id": "b"}, {"id": "c"}]}';
		const head = lastArrayHead(text, 'events', 2)!;
		expect(head.starts.map((start, index) => text.slice(start, head.ends[index]))).toEqual(['{"id": "a"}', '{"id": "b"}']);
		expect(lastArrayHead(text, 'events', 5)?.starts).toHaveLength(3);
		expect(lastArrayHead('{"tags": ["events"]}', 'events', 2)).toBeUndefined();
	});
});
