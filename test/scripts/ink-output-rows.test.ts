/**
 * The built explorer assembles Ink's frames row by row (scripts/ink-output-rows.mjs) instead of cell
 * by cell. What a terminal shows must not change: every frame, assembled both ways, gives the same
 * characters with the same styles in every row.
 */
import {describe, expect, it} from 'vitest';
import fc from 'fast-check';
import {Chalk} from 'chalk';
import stringWidth from 'string-width';
import {styledCharsFromTokens, tokenize} from '@alcalzone/ansi-tokenize';
import Output from '../../node_modules/ink/build/output.js';
import {withRowFastPath} from '../../scripts/ink-output-rows.mjs';

const chalk = new Chalk({level: 3});
const paints = [(text: string) => text, chalk.bold, chalk.dim, chalk.inverse, chalk.red, chalk.bgYellow, (text: string) => chalk.bold(chalk.cyan(text))];

class RowByRow extends Output {}
withRowFastPath(RowByRow);

/** Each row as what a terminal draws: its characters, each with the set of styles it has. */
function cells(frame: string): string[][] {
	return frame.split('\n').map(row =>
		styledCharsFromTokens(tokenize(row))
			.filter(char => char.value !== '')
			.map(
				char =>
					`${char.value}|${char.styles
						.map(style => style.code)
						.sort()
						.join(',')}`,
			),
	);
}

type Write = {x: number; y: number; text: string};

function assemble(Kind: typeof Output, width: number, height: number, writes: Write[], clip = false): string {
	const output = new Kind({width, height});
	if (clip) output.clip({x1: 0, x2: width - 1, y1: 0, y2: height});
	for (const {x, y, text} of writes) output.write(x, y, text, {transformers: []});
	if (clip) output.unclip();
	return output.get().output;
}

/** Pieces of text: plain words, a wide character, an accent, a curly quote, painted or not. */
const piece = fc.tuple(fc.constantFrom('ab', 'word ', ' ', '移民', 'é', '“q”', '┃ ', '│', '2010'), fc.integer({min: 0, max: paints.length - 1})).map(([text, paint]) => paints[paint]!(text));

/** A frame of side-by-side lines, as the explorer draws: each row split into columns, some left empty. */
const frame = fc.record({
	height: fc.integer({min: 1, max: 6}),
	columns: fc.array(fc.integer({min: 1, max: 12}), {minLength: 1, maxLength: 3}),
	seed: fc.array(fc.array(piece, {maxLength: 4}), {minLength: 18, maxLength: 18}),
});

describe('frames assembled row by row', () => {
	it('show the same characters with the same styles as Ink draws cell by cell', () => {
		fc.assert(
			fc.property(frame, ({height, columns, seed}) => {
				const width = columns.reduce((sum, column) => sum + column, 0);
				const writes: Write[] = [];
				let x = 0;
				let next = 0;
				for (const column of columns) {
					for (let y = 0; y < height; y++) {
						const parts = seed[next++ % seed.length] ?? [];
						// Whole pieces that fit the column, as the explorer's lines are cut to their pane.
						let text = '';
						for (const part of parts) if (stringWidth(text + part) <= column) text += part;
						writes.push({x, y, text});
					}
					x += column;
				}
				expect(cells(assemble(RowByRow, width, height, writes))).toEqual(cells(assemble(Output, width, height, writes)));
			}),
			{seed: 1, numRuns: 300},
		);
	});

	it('are the lines themselves, joined with spaces for the gaps', () => {
		const writes = [
			{x: 0, y: 0, text: chalk.bold('ab')},
			{x: 4, y: 0, text: chalk.red('移民')},
			{x: 0, y: 1, text: 'plain'},
		];
		expect(assemble(RowByRow, 10, 2, writes)).toBe(`${chalk.bold('ab')}  ${chalk.red('移民')}\nplain`);
	});

	it('fall back to cell by cell for overlapping lines and clipped boxes, with the same result', () => {
		const overlapping = [
			{x: 0, y: 0, text: chalk.bold('abcdef')},
			{x: 2, y: 0, text: chalk.red('XY')},
		];
		expect(assemble(RowByRow, 8, 1, overlapping)).toBe(assemble(Output, 8, 1, overlapping));
		const wide = [{x: 0, y: 0, text: 'too wide for the frame'}];
		expect(assemble(RowByRow, 5, 1, wide, true)).toBe(assemble(Output, 5, 1, wide, true));
	});
});
