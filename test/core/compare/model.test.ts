import {describe, expect, it} from 'vitest';
import {buildComparison, creditsFor, sideLabels, stanceOf} from '../../../source/core/compare/model.js';
import {defaultSelection} from '../../../source/core/compare/select.js';
import {paintSegments} from '../../../source/core/compare/change-marks.js';
import {validateTimeline} from '../../../source/core/load/load-timeline.js';
import {sanitizeDeep} from '../../../source/core/text/sanitize.js';
import type {Timeline} from '../../../source/core/model/schema.js';
import {bundled, decision, mandatory, plain} from './fixtures.js';

const {timeline} = bundled;
const comparison = buildComparison(timeline, defaultSelection(timeline));
const row = (key: string) => comparison.rows.find(item => item.key === key);

function timelineOf(document: Record<string, unknown>): Timeline {
	return sanitizeDeep(validateTimeline({format: 'sc-timeline/1', title: 'T', events: [], ...document}, 'test').timeline);
}

const source = {id: 'src', outlet: 'Paper', headline: 'Story', published: '2011-06-06', paragraphs: ['One two three.', 'Four five six.']};
const cite = (paragraph: number, quote: string) => [{source: 'src', paragraph, quote}];

describe('buildComparison: the bundled 2010 and 2011 statements', () => {
	it('opens with the pair the data names, labelled by year, with where the state stood at each', () => {
		expect(comparison.kind).toBe('statements');
		expect([comparison.before.id, comparison.after.id]).toEqual(timeline.comparison);
		expect([comparison.before.label, comparison.after.label]).toEqual(['2010', '2011']);
		expect([comparison.before.stance, comparison.after.stance]).toEqual(['joining', 'refusing']);
		expect(comparison.before.byline).toBe('Mary Beth Heffernan, Public Safety Secretary · by December 17, 2010');
	});

	it('has every topic the data holds, in its order, each with both claims and credits for every citation', () => {
		expect(comparison.rows.map(item => item.key)).toEqual(timeline.topics.map(topic => topic.id));
		expect(comparison.rows.map(item => item.heading)).toEqual(timeline.topics.map(topic => topic.label));
		const [before, after] = [comparison.before.statement!, comparison.after.statement!];
		for (const item of comparison.rows) {
			for (const [side, statement] of [
				[item.before, before],
				[item.after, after],
			] as const) {
				const claim = statement.claims.find(candidate => candidate.topic === item.key);
				expect(side?.text).toBe(claim?.text);
				expect(side?.citations).toEqual(claim?.citations);
				for (const citation of claim?.citations ?? []) {
					expect(side?.credits.some(credit => credit.startsWith('WBUR, “') && new RegExp(`paragraphs? ([\\d, ]+and )?.*\\b${citation.paragraph}\\b`).test(credit))).toBe(true);
				}
			}
		}
	});

	it('marks the decision and mandatory claims word by word, exactly as checked by hand', () => {
		expect(row('decision')?.before?.text).toBe(decision.before);
		expect(row('decision')?.after?.text).toBe(decision.after);
		expect(paintSegments(row('decision')!.pair.segments, plain)).toBe(decision.unified);
		expect(row('decision')?.change).toBe('Reworded: 4 words kept, 13 removed, 13 added.');
		expect(row('mandatory')?.before?.text).toBe(mandatory.before);
		expect(paintSegments(row('mandatory')!.pair.segments, plain)).toBe(mandatory.unified);
		expect(row('mandatory')?.change).toBe('Reworded: 3 words kept, 7 removed, 15 added.');
	});

	it('marks the reasons and the promises as wholly replaced: they share no wording but "the" and "of"', () => {
		for (const key of ['reasons', 'promises']) {
			expect(row(key)?.pair.marking).toBe('whole');
			expect(row(key)?.change).toMatch(/^Replaced: \d+ words in 2010, \d+ words in 2011, little wording in common\.$/);
		}
		expect(comparison.summary).toBe('4 topics: 2 reworded, 2 replaced.');
	});

	it('credits one line per article, its paragraphs in order', () => {
		const reasons = comparison.after.statement!.claims.find(claim => claim.topic === 'reasons')!;
		expect(creditsFor(timeline, reasons.citations)).toEqual(["WBUR, “Mass. Won't Join Immigration Check Program”, June 6, 2011, paragraphs 4, 5, 6 and 7"]);
	});
});

describe('buildComparison: any two statements', () => {
	const small = timelineOf({
		sources: [source],
		topics: [
			{id: 'why', label: 'Why'},
			{id: 'gone', label: 'Gone later'},
			{id: 'extra', label: 'Extra'},
			{id: 'unused', label: 'Unused'},
		],
		statements: [
			{
				id: 'a',
				title: 'First',
				date: {value: '2011-01-05', precision: 'day'},
				claims: [
					{topic: 'why', text: 'One two three.', citations: cite(1, 'One two')},
					{topic: 'gone', text: 'Four five six.', citations: cite(2, 'Four')},
				],
			},
			{
				id: 'b',
				title: 'Second',
				date: {value: '2011-03-01', precision: 'day'},
				claims: [
					{topic: 'why', text: 'One two four.', citations: cite(1, 'One')},
					{topic: 'extra', text: 'Four five.', citations: cite(2, 'Four five')},
					{topic: 'extra', text: 'Six.', citations: cite(2, 'six')},
				],
			},
		],
	});
	const result = buildComparison(small, defaultSelection(small));

	it('says what changed from the word counts, and which topics are new or dropped', () => {
		expect(result.rows.map(item => [item.heading, item.change])).toEqual([
			['Why', 'Reworded: 2 words kept, 1 removed, 1 added.'],
			['Gone later', 'Dropped in Mar 1.'],
			['Extra', 'New in Mar 1.'],
		]);
	});

	it('joins two claims on one topic and labels sides by date when they share a year', () => {
		expect(result.rows[2]?.after?.text).toBe('Four five. Six.');
		expect(result.rows[2]?.after?.credits).toEqual(['Paper, “Story”, June 6, 2011, paragraph 2']);
		expect([result.before.label, result.after.label]).toEqual(['Jan 5', 'Mar 1']);
		expect(sideLabels({value: '2011-01-05', precision: 'day'}, {value: '2011-01-05', precision: 'day'})).toEqual(['A', 'B']);
	});

	it('finds no stance when no event cites the same paragraphs, or two stances tie', () => {
		expect(result.before.stance).toBeUndefined();
		const tied = timelineOf({
			sources: [source],
			events: [
				{id: 'e1', date: {value: '2011', precision: 'year'}, headline: 'H', summary: '', stance: 'joining', citations: cite(1, 'One')},
				{id: 'e2', date: {value: '2011', precision: 'year'}, headline: 'H', summary: '', stance: 'refusing', citations: cite(1, 'two')},
			],
		});
		expect(stanceOf(tied, cite(1, 'One'))).toBeUndefined();
		expect(stanceOf(tied, cite(2, 'Four'))).toBeUndefined();
	});
});
