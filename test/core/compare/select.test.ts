import {describe, expect, it} from 'vitest';
import {articlesOf, defaultSelection, selectPair} from '../../../source/core/compare/select.js';
import {UserError} from '../../../source/core/model/errors.js';
import {pickerHeaderRows, pickerLines} from '../../../source/core/compare/picker.js';
import {displayWidth} from '../../../source/core/text/width.js';
import {bundled, plain} from './fixtures.js';

const {timeline} = bundled;
const [first, second] = timeline.statements;
const [older, newer] = timeline.sources;

function errorOf(run: () => unknown): UserError {
	try {
		run();
	} catch (error) {
		if (error instanceof UserError) return error;
		throw error;
	}
	throw new Error('expected a UserError');
}

describe('choosing what to compare', () => {
	it('defaults to the pair the data names', () => {
		const selection = defaultSelection(timeline);
		expect([selection.before.id, selection.after.id]).toEqual(timeline.comparison);
	});

	it('takes two statement ids in the order given, or two source ids for the articles', () => {
		expect(selectPair(timeline, [second!.id, first!.id])).toMatchObject({kind: 'statements', before: second, after: first});
		expect(selectPair(timeline, [older!.id, newer!.id])).toMatchObject({kind: 'articles', before: older, after: newer});
	});

	it('finds the articles behind two statements, for the full-text view', () => {
		expect(articlesOf(timeline, defaultSelection(timeline))).toMatchObject({kind: 'articles', before: older, after: newer});
	});

	it('rejects an unknown id listing the valid ones (exit 1); one id, three ids, or a statement with a source (exit 2)', () => {
		const unknown = errorOf(() => selectPair(timeline, ['nope', first!.id]));
		expect(unknown.exitCode).toBe(1);
		expect(unknown.message).toBe(`no statement or source with id "nope" (statements: ${first!.id}, ${second!.id}; sources: ${older!.id}, ${newer!.id})`);
		expect(errorOf(() => selectPair(timeline, [first!.id])).exitCode).toBe(2);
		expect(errorOf(() => selectPair(timeline, [first!.id, second!.id, first!.id])).exitCode).toBe(2);
		const mixed = errorOf(() => selectPair(timeline, [first!.id, older!.id]));
		expect(mixed.exitCode).toBe(2);
		expect(mixed.message).toBe(`"${first!.id}" is a statement and "${older!.id}" a source: compare two statements or two sources`);
	});

	it('says clearly when a timeline has fewer than two statements', () => {
		const one = {...timeline, statements: timeline.statements.slice(0, 1), comparison: undefined};
		expect(errorOf(() => defaultSelection(one)).message).toBe(
			`this timeline has only one statement, and diff compares two; compare two articles with sc-timeline diff <source> <source> (sources: ${older!.id}, ${newer!.id})`,
		);
		expect(errorOf(() => defaultSelection({...one, statements: [], sources: []})).message).toBe('this timeline has no statements, and diff compares two');
	});
});

describe('the statement picker', () => {
	const statements = [
		{id: 'a', title: 'Spring plan', date: {value: '2010-03-01', precision: 'day' as const}, claims: []},
		{id: 'b', title: 'Summer letter', date: {value: '2010-07-04', precision: 'day' as const}, claims: []},
		{id: 'c', title: '秋の声明', date: {value: '2011', precision: 'year' as const}, claims: []},
	];

	it('asks for the first statement, one line each, the cursor marked', () => {
		const lines = pickerLines(statements, {cursor: 1}, 40, plain);
		expect(lines.slice(0, pickerHeaderRows)).toEqual(['Compare two of 3 statements: pick the', '']);
		expect(lines.slice(pickerHeaderRows).map(line => line.trimEnd())).toEqual(['  Mar 1, 2010  Spring plan', '▸ Jul 4, 2010  Summer letter', '  2011         秋の声明']);
	});

	it('then asks what to compare the first pick with, the first pick ticked', () => {
		const lines = pickerLines(statements, {cursor: 2, first: 0}, 60, plain);
		expect(lines[0]).toBe('Compare "Spring plan" with:');
		expect(lines[pickerHeaderRows]).toBe('✓ Mar 1, 2010  Spring plan');
		expect(lines[pickerHeaderRows + 2]?.startsWith('▸ 2011')).toBe(true);
	});

	it('fits narrow widths', () => {
		for (let width = 1; width < 30; width++) for (const line of pickerLines(statements, {cursor: 2, first: 0}, width, plain)) expect(displayWidth(line)).toBeLessThanOrEqual(width);
	});
});
