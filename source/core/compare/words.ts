/**
 * Word-level comparison of two texts. The diff itself is the `diff` package's `diffWords`
 * (Myers' algorithm over words and punctuation); this module only turns its output into
 * segments, counts words, and measures how much wording two texts share, which decides whether
 * marking changed words is useful or whether the two texts are better shown as wholly replaced.
 */
import {diffWords} from 'diff';

export type SegmentKind = 'same' | 'removed' | 'added';

/** A run of text that both texts share, or that only the earlier (`removed`) or later (`added`) one has. */
export type Segment = {kind: SegmentKind; text: string};

export type WordCounts = {kept: number; removed: number; added: number};

/**
 * How two texts compare:
 * - `unchanged`: the same text;
 * - `reworded`: enough shared wording that changed words are marked one by one;
 * - `replaced`: too little shared wording: the earlier text is marked removed, the later added;
 * - `new` / `dropped`: only the later / only the earlier text exists.
 */
export type PairStatus = 'unchanged' | 'reworded' | 'replaced' | 'new' | 'dropped';

export type PairComparison = {
	status: PairStatus;
	/** `words` when changed words are marked one by one, `whole` when each text is marked as a whole. */
	marking: 'words' | 'whole';
	/** Read the same and removed segments for the earlier text, the same and added ones for the later. */
	segments: Segment[];
	counts: WordCounts;
	/** Share of content words the two texts have in common, 0 to 1 (see `similarity`). */
	similarity: number;
};

/**
 * Below this similarity word marking is noise: the only words a word diff would keep are small
 * ones ("the", "and", "of") scattered through two different sentences.
 */
export const wordLevelThreshold = 0.2;

const wordPattern = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;

/** Function words: shared "the" and "of" say nothing about whether two texts share wording. */
const functionWords = new Set(
	(
		'a an the and or but nor so yet of to in on at by for with from into onto as than then that this these those ' +
		'is are was were be been being am it its he she they we i you me him her them us his hers their theirs our ours your ' +
		'will would shall should can could may might must do does did has have had not no any all some there here ' +
		'which who whom whose what when where why how if while also just only very'
	).split(' '),
);

/** The words of `text` (letters and digits, with inner apostrophes: "won't" is one word). */
export function words(text: string): string[] {
	return text.match(wordPattern) ?? [];
}

/** Words that carry meaning, lower-cased: `words` less function words. */
export function contentWords(text: string): string[] {
	return words(text)
		.map(word => word.toLowerCase())
		.filter(word => !functionWords.has(word));
}

/**
 * Past this many word edits two texts are not marked word by word: the diff's cost grows with the
 * square of the edits (about 70 ms at this bound), and a text that different reads better whole.
 */
export const maxWordEdits = 1000;

/**
 * The word diff of two texts, from `diffWords`, as segments in reading order (removed before
 * added); undefined when they differ by more than `maxWordEdits` words.
 */
export function wordChanges(before: string, after: string): Segment[] | undefined {
	return diffWords(before, after, {maxEditLength: maxWordEdits})?.map(
		(change): Segment => ({
			kind: change.added ? 'added' : change.removed ? 'removed' : 'same',
			text: change.value,
		}),
	);
}

/** Words kept, removed and added across the segments. */
export function wordCounts(segments: readonly Segment[]): WordCounts {
	const counts: WordCounts = {kept: 0, removed: 0, added: 0};
	for (const segment of segments) {
		const key = segment.kind === 'same' ? 'kept' : segment.kind;
		counts[key] += words(segment.text).length;
	}
	return counts;
}

/**
 * Dice coefficient over the content words: twice the content words the diff keeps, over the
 * content words of both texts. Texts made only of function words fall back to all words.
 */
export function similarity(segments: readonly Segment[]): number {
	const measure = (pick: (text: string) => string[]) => {
		let kept = 0;
		let total = 0;
		for (const segment of segments) {
			const count = pick(segment.text).length;
			total += segment.kind === 'same' ? 2 * count : count;
			if (segment.kind === 'same') kept += 2 * count;
		}
		return {kept, total};
	};
	let {kept, total} = measure(contentWords);
	if (total === 0) ({kept, total} = measure(words));
	return total === 0 ? 1 : kept / total;
}

/**
 * Compares an earlier and a later text, either of which may be missing: a word diff when they
 * share enough wording (see `wordLevelThreshold`), whole-text marking otherwise.
 */
export function comparePair(before: string | undefined, after: string | undefined): PairComparison {
	if (before === undefined || after === undefined) {
		const segments: Segment[] = before === undefined ? [{kind: 'added', text: after ?? ''}] : [{kind: 'removed', text: before}];
		return {status: before === undefined ? 'new' : 'dropped', marking: 'whole', segments, counts: wordCounts(segments), similarity: 0};
	}
	if (before === after) {
		const segments: Segment[] = [{kind: 'same', text: before}];
		return {status: 'unchanged', marking: 'words', segments, counts: wordCounts(segments), similarity: 1};
	}
	const segments = wordChanges(before, after);
	const score = segments === undefined ? 0 : similarity(segments);
	if (segments !== undefined && score >= wordLevelThreshold) {
		return {status: 'reworded', marking: 'words', segments, counts: wordCounts(segments), similarity: score};
	}
	const whole: Segment[] = [
		{kind: 'removed', text: before},
		{kind: 'added', text: after},
	];
	return {status: 'replaced', marking: 'whole', segments: whole, counts: wordCounts(whole), similarity: score};
}
