/**
 * A large file's articles made into search documents (one per paragraph, as `corpusParts` makes
 * them) and folded, a run of articles at a time, on whichever thread: the search worker makes the
 * first articles' documents itself while a helper thread (article-worker.ts, bundled as
 * dist/article-worker.js, started by article-helper.ts) makes the rest's, which are then appended
 * (`appendArticles`). The two threads read the file side by side, so the corpus is ready in a
 * little over half the time.
 */
import {isAscii} from 'node:buffer';
import type {ArrayLayout} from '../load/large/json-layout.js';
import {elements} from '../load/large/file-bytes.js';
import type {Source} from '../model/schema.js';
import {FoldedText, type CaseMap} from './case-map.js';
import {corpusParts, passageEvent, type Citing, type CorpusFrame} from './corpus.js';

/** The bytes `start` to `end` of the file, or undefined when they can no longer be read (it changed). */
export type ReadBytes = (start: number, end: number) => Buffer | undefined;

/** The documents of a run of articles (`Corpus.events` all -1: which events show them is known where the events are), folded. */
export type FoldedArticles = CorpusFrame & {pieces: readonly string[]; changed: CaseMap};

/** Bytes of articles read at a time. */
const readBytes = 4 * 1024 * 1024;

/**
 * The articles `from` to `to` (exclusive) of `layout`, read a few megabytes at a time with `read`;
 * stops (with `failed` set) when they can no longer be read or do not parse.
 */
export function* articlesFrom(read: ReadBytes, layout: ArrayLayout, failed: {yes: boolean}, from = 0, to = layout.starts.length): Generator<Source> {
	const {starts, ends} = layout;
	while (from < to && !failed.yes) {
		let next = from + 1;
		while (next < to && ends[next]! - starts[from]! < readBytes) next++;
		const base = starts[from]!;
		const bytes = read(base, ends[next - 1]!);
		if (bytes === undefined) {
			failed.yes = true;
			return;
		}
		const part: ArrayLayout = {start: 0, end: bytes.length, starts: starts.slice(from, next).map(at => at - base), ends: ends.slice(from, next).map(at => at - base)};
		for (const {clean} of elements<Source>({bytes, ascii: isAscii(bytes)}, part, 'sources', failed)) yield clean;
		from = next;
	}
}

/**
 * The documents of the articles `from` on of `layout` (see `articlesFrom`), folded; undefined when
 * they could not be read. With `send`, each piece of folded text goes to it as it is made, rather
 * than into the answer: a helper thread then never holds them all.
 */
export function foldArticles(read: ReadBytes, layout: ArrayLayout, from = 0, send?: (piece: string) => void): FoldedArticles | undefined {
	const failed = {yes: false};
	const parts = corpusParts({events: [], eras: undefined, sources: articlesFrom(read, layout, failed, from)}, 1 << 15, new Map());
	const text = new FoldedText();
	for (let next = parts.next(); ; next = parts.next()) {
		if (next.done !== true) {
			text.add(next.value);
			if (send !== undefined) for (const piece of text.takePieces()) send(piece);
		} else if (failed.yes) return undefined;
		else {
			const {folded, changed} = text.finish();
			return {...next.value, pieces: send === undefined ? folded.pieces : [], changed};
		}
	}
}

/** `frame` (folded into `text`) with the articles `more` after its own: their documents numbered on, and the events that show them found in `citing`. */
export function appendArticles(frame: CorpusFrame, text: FoldedText, more: FoldedArticles, citing: Citing): CorpusFrame {
	text.addFolded(more.pieces, more.changed);
	const own = frame.starts.length - 1;
	const added = more.starts.length - 1;
	const base = frame.starts[own]!;
	const starts = new Uint32Array(own + added + 1);
	starts.set(frame.starts);
	for (let d = 1; d <= added; d++) starts[own + d] = base + more.starts[d]!;
	const events = new Int32Array(own + added);
	events.set(frame.events);
	const sources = new Int32Array(own + added);
	sources.set(frame.sources);
	const firstSource = frame.sourceIds.length;
	for (let d = 0; d < added; d++) {
		const source = more.sources[d]!;
		sources[own + d] = firstSource + source;
		events[own + d] = passageEvent(citing.get(more.sourceIds[source]!), more.paragraphs[d]!);
	}
	const paragraphs = new Uint32Array(own + added);
	paragraphs.set(frame.paragraphs);
	paragraphs.set(more.paragraphs, own);
	const actorCounts = new Uint16Array(own + added);
	actorCounts.set(frame.actorCounts);
	return {starts, eventCount: frame.eventCount, events, sources, paragraphs, actorCounts, sourceIds: [...frame.sourceIds, ...more.sourceIds]};
}
