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
