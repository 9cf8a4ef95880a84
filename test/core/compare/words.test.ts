import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {comparePair, contentWords, maxWordEdits, similarity, wordChanges, type Segment, wordCounts, wordLevelThreshold, words} from '../../../source/core/compare/words.js';
import {decision, mandatory} from './fixtures.js';

/** The earlier text (`removed` side) or the later text (`added` side) read back from segments. */
function sideText(segments: readonly Segment[], side: 'removed' | 'added'): string {
	return segments
		.filter(segment => segment.kind === 'same' || segment.kind === side)
		.map(segment => segment.text)
		.join('');
}

/** The word diff, which these texts are close enough to have. */
const changes = (before: string, after: string) => wordChanges(before, after) ?? [];

describe('wordChanges (diff package, diffWords)', () => {
	it('decision claims: keeps "state", "join", "Secure Communities" and the full stop; marks the rest (checked by hand)', () => {
		// Checked by hand: the longest run of shared words in order is state, join, Secure, Communities.
		// "The" (capital) is not "the"; "program" and "of" sit on opposite sides of the shared words in the two texts.
		expect(wordChanges(decision.before, decision.after)).toEqual([
			{kind: 'removed', text: 'The'},
			{kind: 'added', text: "Patrick won't sign any memorandum of understanding for the"},
			{kind: 'same', text: ' state '},
			{kind: 'removed', text: 'will formally'},
			{kind: 'added', text: 'to'},
			{kind: 'same', text: ' join '},
			{kind: 'removed', text: 'a program called'},
			{kind: 'added', text: 'the federal'},
			{kind: 'same', text: ' Secure Communities '},
			{kind: 'removed', text: 'after months of deliberating by state officials'},
			{kind: 'added', text: 'program'},
			{kind: 'same', text: '.'},
		]);
	});

	it('mandatory claims: keeps "program is mandatory" (checked by hand)', () => {
		expect(wordChanges(mandatory.before, mandatory.after)).toEqual([
			{kind: 'removed', text: 'The'},
			{kind: 'added', text: 'We are reluctant to participate if the'},
			{kind: 'same', text: ' program is mandatory '},
			{kind: 'removed', text: 'for all communities in the future'},
			{kind: 'added', text: 'and unwilling to participate if it is voluntary'},
			{kind: 'same', text: '.'},
		]);
	});

	it('reads each text back exactly from its side of the segments', () => {
		for (const pair of [decision, mandatory]) {
			const segments = wordChanges(pair.before, pair.after);
			expect(sideText(segments ?? [], 'removed')).toBe(pair.before);
			expect(sideText(segments ?? [], 'added')).toBe(pair.after);
		}
	});

	it('keeps each text as written where words are added or removed next to punctuation: "police." never reads "police ."', () => {
		const before = 'Immigrants fear cooperating with police.';
		const after = 'Immigrants fear police, and the program, in the future.';
		const segments = changes(before, after);
		expect(sideText(segments, 'removed')).toBe(before);
		expect(sideText(segments, 'added')).toBe(after);
		expect(changes('It ends in the past.', 'It ends in the past and in the future.')).toEqual([
			{kind: 'same', text: 'It ends in the past'},
			{kind: 'added', text: ' and in the future'},
			{kind: 'same', text: '.'},
		]);
	});

	it('reads any two texts back exactly, whatever their words, punctuation and spaces (property)', () => {
		const token = fc.constantFrom('the', 'police', 'program', 'state', 'join', 'will', 'not', '.', ',', ';', '(', ')', '"', "won't", ' ', '  ', '\n', ' - ');
		const text = fc.array(token, {maxLength: 30}).map(parts => parts.join(''));
		fc.assert(
			fc.property(text, text, (before, after) => {
				const segments = changes(before, after);
				expect(sideText(segments, 'removed')).toBe(before);
				expect(sideText(segments, 'added')).toBe(after);
				// Removed before added, never two of a kind in a row.
				for (let index = 1; index < segments.length; index++) {
					expect(segments[index]!.kind === segments[index - 1]!.kind || (segments[index - 1]!.kind === 'added' && segments[index]!.kind === 'removed')).toBe(false);
				}
			}),
			{numRuns: 2000},
		);
	});
});

describe('word counts and similarity', () => {
	it('counts words kept, removed and added, with "won\'t" as one word', () => {
		expect(words("Patrick won't sign.")).toEqual(['Patrick', "won't", 'sign']);
		expect(wordCounts(changes(decision.before, decision.after))).toEqual({kept: 4, removed: 13, added: 13});
		expect(wordCounts(changes(mandatory.before, mandatory.after))).toEqual({kept: 3, removed: 7, added: 15});
	});

	it('measures shared content words only: shared "the" and "of" do not make two texts alike', () => {
		expect(contentWords('The state will join the program')).toEqual(['state', 'join', 'program']);
		const unrelated = changes('We will work with the communities of the state.', 'Some officials fear the program is too broad.');
		expect(similarity(unrelated)).toBe(0);
		expect(similarity(changes('The program is mandatory.', 'The program is mandatory.'))).toBe(1);
	});
});

describe('comparePair', () => {
	it('marks words one by one when the texts share wording', () => {
		const result = comparePair(decision.before, decision.after);
		expect(result.status).toBe('reworded');
		expect(result.marking).toBe('words');
		expect(result.similarity).toBeGreaterThanOrEqual(wordLevelThreshold);
	});

	it('marks whole texts when they share too little: the earlier removed, the later added', () => {
		const before = 'We will also work closely with all communities to monitor the implementation.';
		const after = 'Some law enforcement officials fear the program is too broad.';
		const result = comparePair(before, after);
		expect(result.status).toBe('replaced');
		expect(result.marking).toBe('whole');
		expect(result.segments).toEqual([
			{kind: 'removed', text: before},
			{kind: 'added', text: after},
		]);
		expect(result.counts).toEqual({kept: 0, removed: 12, added: 10});
	});

	it('says unchanged, new or dropped', () => {
		expect(comparePair('Same words.', 'Same words.')).toMatchObject({status: 'unchanged', counts: {kept: 2, removed: 0, added: 0}});
		expect(comparePair(undefined, 'Only later.')).toMatchObject({status: 'new', segments: [{kind: 'added', text: 'Only later.'}]});
		expect(comparePair('Only earlier.', undefined)).toMatchObject({status: 'dropped', segments: [{kind: 'removed', text: 'Only earlier.'}]});
	});

	it(`marks texts more than ${maxWordEdits} word edits apart as a whole, without working out every edit`, () => {
		const before = Array.from({length: maxWordEdits}, (_, index) => `a${index}`).join(' ');
		const after = Array.from({length: maxWordEdits}, (_, index) => `b${index}`).join(' ');
		expect(wordChanges(before, after)).toBeUndefined();
		expect(comparePair(before, after)).toMatchObject({status: 'replaced', marking: 'whole', similarity: 0});
	});
});
