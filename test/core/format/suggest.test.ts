import {describe, expect, it} from 'vitest';
import {closestId, editDistance} from '../../../source/core/format/suggest.js';
import {bundled} from './helpers.js';

const ids = bundled.timeline.events.map(event => event.id);

describe('closestId', () => {
	it('suggests the id a typo or a partial id most likely meant', () => {
		const [first] = ids;
		if (!first) throw new Error('ids');
		expect(closestId(first.slice(0, -1), ids)).toBe(first);
		expect(closestId(first.replace(/[aeiou]/, ''), ids)).toBe(first);
		expect(closestId(first.toUpperCase(), ids)).toBe(first);
	});

	it('suggests nothing for an unrelated word or a very short one', () => {
		expect(closestId('zebra-crossing-lights', ids)).toBeUndefined();
		expect(closestId('e', ids)).toBeUndefined();
		expect(closestId('', ids)).toBeUndefined();
	});

	it('counts edits', () => {
		expect(editDistance('kitten', 'sitting')).toBe(3);
		expect(editDistance('', 'abc')).toBe(3);
		expect(editDistance('same', 'same')).toBe(0);
	});
});
