import {describe, expect, it} from 'vitest';
import {articlesOf, defaultSelection, selectPair} from '../../../source/core/compare/select.js';
import {UserError} from '../../../source/core/errors.js';
import {bundled} from './fixtures.js';

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
		expect(errorOf(() => defaultSelection(one)).message).toBe(`this timeline has only one statement, and diff compares two; compare two articles with sc-timeline diff <source> <source> (sources: ${older!.id}, ${newer!.id})`);
		expect(errorOf(() => defaultSelection({...one, statements: [], sources: []})).message).toBe('this timeline has no statements, and diff compares two');
	});
});
