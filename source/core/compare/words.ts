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

/** How many white-space characters `text` has from `at` on. */
function spaceRun(text: string, at: number): number {
	let end = at;
	while (end < text.length && /\s/.test(text[end]!)) end++;
	return end - at;
}

/**
 * The text of `text` from `start` that `kept` (a kept run of `diffWords`, whose spaces may be the
 * other text's) stands for: its letters and marks in order, with the spaces `text` has before and
 * between them, and after them those the next part of this side (`next`: a removed or added run,
 * which `diffWords` gives as written; `kept` when it is another kept run, whose own spaces come
 * first; none at the end) does not begin with. Undefined if `text` does not go on so.
 */
function keptSlice(text: string, start: number, kept: string, next: {text: string; kept: boolean} | undefined): string | undefined {
	let at = start;
	for (const character of kept) {
		// Spaces are this side's own, taken before the next letter or mark (or after the last, below).
		if (/\s/.test(character)) continue;
		at += spaceRun(text, at);
		if (!text.startsWith(character, at)) return undefined;
		at += character.length;
	}
	const run = spaceRun(text, at);
	const leading = next === undefined ? 0 : next.kept ? run : spaceRun(next.text, 0);
	return text.slice(start, at + Math.max(0, run - leading));
}

/** `text` as its leading spaces, the rest, and its trailing spaces. */
function spaced(text: string): [lead: string, core: string, trail: string] {
	const core = text.trim();
	const lead = text.slice(0, text.length - text.trimStart().length);
	return [lead, core, text.slice(lead.length + core.length)];
}

/**
 * Segments whose kept runs read as each text has them: `diffWords` gives a kept run with the later
 * text's spaces (`past ` where the earlier has `past.`: `police .` read back), so where the two
 * differ only in spaces the kept run is each side's own, and the space one side lacks is removed or
 * added. Changes next to each other become one removed and one added run.
 */
function spacedAsWritten(before: string, after: string, changes: readonly Segment[]): Segment[] {
	const out: Segment[] = [];
	let b = 0;
	let a = 0;
	// The part after `index` on one side: the next run of that side, or the next kept one.
	const nextOf = (index: number, other: SegmentKind) => {
		const next = changes.slice(index + 1).find(change => change.kind !== other);
		return next === undefined ? undefined : {text: next.text, kept: next.kind === 'same'};
	};
	for (const [index, change] of changes.entries()) {
		if (change.kind === 'removed') {
			out.push(change);
			b += change.text.length;
		} else if (change.kind === 'added') {
			out.push(change);
			a += change.text.length;
		} else {
			const earlier = keptSlice(before, b, change.text, nextOf(index, 'added'));
			const later = keptSlice(after, a, change.text, nextOf(index, 'removed'));
			// Not the texts as they go on (never seen): the run as given.
			if (earlier === undefined || later === undefined) return [...changes];
			b += earlier.length;
			a += later.length;
			const [leadB, coreB, trailB] = spaced(earlier);
			const [leadA, coreA, trailA] = spaced(later);
			if (coreB !== coreA) {
				out.push({kind: 'removed', text: earlier}, {kind: 'added', text: later});
				continue;
			}
			if (leadB !== leadA) out.push({kind: 'removed', text: leadB}, {kind: 'added', text: leadA});
			out.push({kind: 'same', text: `${leadB === leadA ? leadB : ''}${coreB}${trailB === trailA ? trailB : ''}`});
			if (trailB !== trailA) out.push({kind: 'removed', text: trailB}, {kind: 'added', text: trailA});
		}
	}
	// Runs of changes as one removed and one added segment, the empty ones dropped.
	const merged: Segment[] = [];
	for (let index = 0; index < out.length; ) {
		if (out[index]!.kind === 'same') {
			if (out[index]!.text !== '') merged.push(out[index]!);
			index++;
			continue;
		}
		let removed = '';
		let added = '';
		for (; index < out.length && out[index]!.kind !== 'same'; index++) {
			if (out[index]!.kind === 'removed') removed += out[index]!.text;
			else added += out[index]!.text;
		}
		if (removed !== '') merged.push({kind: 'removed', text: removed});
		if (added !== '') merged.push({kind: 'added', text: added});
	}
	return merged;
}

/**
 * The word diff of two texts, from `diffWords`, as segments in reading order (removed before
 * added), the same and removed ones reading as the earlier text, the same and added ones as the
 * later (see `spacedAsWritten`); undefined when they differ by more than `maxWordEdits` words.
 */
export function wordChanges(before: string, after: string): Segment[] | undefined {
	const changes = diffWords(before, after, {maxEditLength: maxWordEdits})?.map(
		(change): Segment => ({
			kind: change.added ? 'added' : change.removed ? 'removed' : 'same',
			text: change.value,
		}),
	);
	return changes === undefined ? undefined : spacedAsWritten(before, after, changes);
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
