import {describe, expect, it} from 'vitest';
import {stripVTControlCharacters} from 'node:util';
import fc from 'fast-check';
import {closeEachLine, createStyle} from '../../../source/core/text/style.js';
import {truncate, wrap} from '../../../source/core/text/width.js';
import {styleLeaks} from '../../helpers/sgr-state.js';
import {fcParameters} from '../../hardening/support.js';

const style = createStyle('color');
const paints = [style.highlight, style.removed, style.added, style.accent, style.bold, style.dim, style.inverse, style.underline, (text: string) => style.accent(style.bold(text))];
/** Text as the views build it: runs of words, some painted, some painted inside another paint. */
const styledText = fc
	.array(fc.tuple(fc.stringMatching(/^[a-z移民 -]{0,24}$/), fc.integer({min: -1, max: paints.length - 1}), fc.integer({min: -1, max: paints.length - 1})), {minLength: 1, maxLength: 8})
	.map(runs => runs.map(([text, inner, outer]) => [inner, outer].reduce((painted, index) => (index < 0 ? painted : (paints[index]?.(painted) ?? painted)), text)).join(''));

describe('styled text wrapped or cut', () => {
	it('closes every style at each line end and reopens it on the next, keeping the words', () => {
		fc.assert(
			fc.property(styledText, fc.integer({min: 2, max: 40}), (text, width) => {
				const lines = wrap(text, width);
				expect(styleLeaks(lines.join('\n'))).toEqual([]);
				const words = (lines: string[]) => stripVTControlCharacters(lines.join('')).replace(/\s+/g, '');
				expect(words(lines)).toBe(words([text]));
				expect(styleLeaks(truncate(text, width))).toEqual([]);
			}),
			fcParameters(300),
		);
	});

	it("reopens a removed word's strike and colour on the line it continues on, and never carries it past the line end", () => {
		const lines = closeEachLine(['plain \u001B[31;9mstruck', 'still struck\u001B[39;29m plain']);
		expect(lines).toEqual(['plain \u001B[31m\u001B[9mstruck\u001B[39m\u001B[29m', '\u001B[31m\u001B[9mstill struck\u001B[39m\u001B[29m plain']);
	});
});
