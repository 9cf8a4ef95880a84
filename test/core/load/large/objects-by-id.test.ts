/** Objects found in a file's bytes by their id, in the whole file or any part of it, as `show <id>` finds them. */
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {objectsWithId, objectWithIdAt} from '../../../../source/core/load/large/objects-by-id.js';

describe('an object found by its id in a part of a file', () => {
	// Objects and arrays nested in any order, with the id as a key and in text, quotes and backslashes in strings.
	const {value} = fc.letrec(tie => ({
		value: fc.oneof({depthSize: 'small'}, fc.constantFrom('x', '"x"', '\\', '\\"', 'a"', ''), tie('object'), tie('array')),
		object: fc.array(fc.tuple(fc.constantFrom('id', 'b', 'c', 'x'), tie('value')), {maxLength: 4}).map(members => Object.fromEntries(members)),
		array: fc.array(tie('value'), {maxLength: 3}),
	}));

	it('is the one the whole file gives, or the part cannot tell (`cut`), wherever the part starts and ends', () => {
		fc.assert(
			fc.property(value, top => {
				const bytes = Buffer.from(JSON.stringify(top));
				for (let at = bytes.indexOf('"x"'); at !== -1; at = bytes.indexOf('"x"', at + 1)) {
					const whole = objectWithIdAt(bytes, at);
					for (let from = 0; from <= at; from++) {
						for (let to = at + 3; to <= bytes.length; to++) {
							const found = objectWithIdAt(bytes.subarray(from, to), at - from);
							if (found === 'cut') continue;
							expect(typeof found === 'string' ? found : {start: found.start + from, end: found.end + from}).toEqual(typeof whole === 'string' ? 'none' : whole);
						}
					}
				}
			}),
			{numRuns: 300},
		);
	});

	it('answers for a part that starts on a quote, which the whole file never does', () => {
		expect(objectWithIdAt(Buffer.from('"],"id":"x","t":["a'), 8)).toBe('cut');
		const text = '{"b":{"c":"\\"","id":"x"},"id":"x"}';
		const at = text.lastIndexOf('"x"');
		expect(objectsWithId(Buffer.from(text), 'x')).toEqual([
			{start: 5, end: 24},
			{start: 0, end: text.length},
		]);
		expect(objectWithIdAt(Buffer.from(text.slice(3)), at - 3)).toBe('cut');
	});
});
