/**
 * The passages of a large file's articles, folded for the search corpus, read from the file's
 * bytes once the articles are checked (core/search/file-corpus.ts). An article written plainly,
 * ASCII with no DEL and no escape but `\"`, `\\` and `\/` (as a generated or exported file writes
 * nearly all of them: news articles quote people), is not parsed again: such a string's text is
 * its bytes with those three escapes read, and sanitising leaves it as it is, so its paragraphs are
 * copied from the bytes into the part being folded. At 100,000 articles, parsing them all a second
 * time (objects and strings made only to be joined, folded and dropped) cost the corpus a second
 * of parsing and as much again of collection. Any other article is parsed, validated and
 * sanitised as the loader does it (`parseChunk`).
 *
 * Articles whose citations came after the worker had read them are read here again too, for those
 * citations' quotes (`everyArticleAgain`): only the strings asked for are decoded.
 */
import {isAscii} from 'node:buffer';
import {bytesStringEnd, quote, skipSpace, valueEnd, type ArrayLayout} from '../load/large/json-layout.js';
import {layoutParts, parseChunk, type FileBytes} from '../load/large/file-bytes.js';
import type {Source} from '../model/schema.js';
import type {FoldedText} from './case-map.js';
import type {CorpusFrame} from './corpus.js';
import {grown} from './grown.js';

/** Bytes of articles read at a time. */
const readBytes = 4 * 1024 * 1024;
/** Characters folded into one piece of the corpus's text (`TextPieces`), about. */
const pieceChars = 1 << 15;

const idKey = Buffer.from('id');
const paragraphsKey = Buffer.from('paragraphs');

/** Whether the key whose quotes are at `open` and `close` is `name`. */
const isKey = (bytes: Buffer, open: number, close: number, name: Buffer) => close - open - 1 === name.length && bytes.compare(name, 0, name.length, open + 1, close) === 0;

/**
 * The id and paragraphs of the article written from `start` to `end` in `bytes`, which hold no
 * escape, DEL or byte outside ASCII there: where each string's text starts and ends, id first, in
 * pairs; undefined for anything but an object with a string id and an array of strings as
 * paragraphs (the last of each, as JSON.parse keeps it, when a key is written twice).
 */
function plainArticle(bytes: Buffer, start: number, end: number): number[] | undefined {
	let at = skipSpace(bytes, start);
	if (bytes[at] !== 0x7b) return undefined;
	let id: number[] | undefined;
	let paragraphs: number[] | undefined;
	at = skipSpace(bytes, at + 1);
	if (bytes[at] === 0x7d) return undefined;
	for (;;) {
		if (bytes[at] !== quote) return undefined;
		const keyEnd = bytesStringEnd(bytes, at);
		if (keyEnd === -1 || keyEnd >= end) return undefined;
		const key = at;
		at = skipSpace(bytes, keyEnd + 1);
		if (bytes[at] !== 0x3a) return undefined;
		at = skipSpace(bytes, at + 1);
		if (isKey(bytes, key, keyEnd, idKey)) {
			if (bytes[at] !== quote) return undefined;
			const close = bytesStringEnd(bytes, at);
			if (close === -1 || close >= end) return undefined;
			id = [at + 1, close];
			at = close + 1;
		} else if (isKey(bytes, key, keyEnd, paragraphsKey)) {
			if (bytes[at] !== 0x5b) return undefined;
			paragraphs = [];
			at = skipSpace(bytes, at + 1);
			if (bytes[at] === 0x5d) at++;
			else
				for (;;) {
					if (bytes[at] !== quote) return undefined;
					const close = bytesStringEnd(bytes, at);
					if (close === -1 || close >= end) return undefined;
					paragraphs.push(at + 1, close);
					at = skipSpace(bytes, close + 1);
					if (bytes[at] === 0x5d) {
						at++;
						break;
					}
					if (bytes[at] !== 0x2c) return undefined;
					at = skipSpace(bytes, at + 1);
				}
		} else {
			at = valueEnd(bytes, at);
			if (at === -1 || at >= end) return undefined;
		}
		at = skipSpace(bytes, at);
		if (bytes[at] === 0x7d) break;
		if (bytes[at] !== 0x2c) return undefined;
		at = skipSpace(bytes, at + 1);
	}
	return id === undefined || paragraphs === undefined || at + 1 !== end ? undefined : [...id, ...paragraphs];
}

const backslash = 0x5c;
const unicodeEscape = Buffer.from('\\u');

/**
 * The escapes of `bytes` (part of a file): where each backslash that starts one is, in order, and
 * where those are that are not `\"`, `\\` or `\/` (`bad`); whether the bytes are all ASCII, and
 * whether they hold a DEL. What an article needs to be read plainly (`plainBetween`).
 */
type Escapes = {at: number[]; bad: number[]; ascii: boolean; del: boolean};

function escapesOf({bytes, ascii}: FileBytes): Escapes {
	const at: number[] = [];
	const bad: number[] = [];
	for (let next = bytes.indexOf(backslash); next !== -1; next = bytes.indexOf(backslash, next + 2)) {
		const escaped = bytes[next + 1];
		at.push(next);
		if (escaped !== quote && escaped !== backslash && escaped !== 0x2f) bad.push(next);
	}
	return {at, bad, ascii, del: bytes.indexOf(0x7f) !== -1};
}

/** The article from `start` to `end` in `file`, parsed, validated and sanitised as the loader reads it; undefined at a problem. */
const parsedArticle = (file: FileBytes, start: number, end: number) => parseChunk<Source>(file, {start, end, starts: [start], ends: [end]}, 0, 1, 'sources');

/**
 * Whether `check` holds for each of the articles `articles` (indices in `layout`, in order; checked
 * already, but for some citations), read again a few megabytes at a time with `read`: given the
 * article's index and its paragraphs as written (unsanitised, as JSON.parse reads them), paragraph
 * `n` from 1. What checks the citations that came after their article was read: read again rather
 * than held, so nothing waits in memory. Only the strings asked for are read, found as
 * `plainArticle` finds them: in a checked article, any string's text is what JSON.parse makes of
 * it, its escapes whatever they are. An article with a `\u` escape (which could spell a key) is
 * parsed whole.
 */
export function everyArticleAgain(
	read: (start: number, end: number) => Buffer | undefined,
	layout: ArrayLayout,
	articles: readonly number[],
	check: (article: number, paragraph: (n: number) => string | undefined) => boolean,
): boolean {
	const {starts, ends} = layout;
	const parts = layoutParts(read, layout, readBytes, (articles.at(-1) ?? -1) + 1);
	let wanted = 0;
	let next = parts.next();
	for (; next.done !== true; next = parts.next()) {
		const {file, base, to} = next.value;
		const {bytes} = file;
		/** The text of the string whose quotes are at `open` and `close`. */
		const text = (open: number, close: number) => {
			const literal = bytes.toString('utf8', open + 1, close);
			return literal.includes('\\') ? (JSON.parse(`"${literal}"`) as string) : literal;
		};
		// The next `\u` at or after the article being read (-1: none left in the part).
		let unicode = bytes.indexOf(unicodeEscape);
		for (; wanted < articles.length && articles[wanted]! < to; wanted++) {
			const k = articles[wanted]!;
			const start = starts[k]! - base;
			const end = ends[k]! - base;
			if (unicode !== -1 && unicode < start) unicode = bytes.indexOf(unicodeEscape, start);
			const strings = unicode === -1 || unicode >= end ? plainArticle(bytes, start, end) : undefined;
			let ok: boolean;
			if (strings === undefined) {
				const article = parsedArticle(file, start, end)?.raw[0];
				ok = article !== undefined && check(k, n => article.paragraphs[n - 1]);
			} else ok = check(k, n => (n >= 1 && 2 * n + 1 < strings.length ? text(strings[2 * n]! - 1, strings[2 * n + 1]!) : undefined));
			if (!ok) return false;
		}
	}
	return next.value;
}

/**
 * The articles of `layout` (checked already), read again a few megabytes at a time with `read` (the
 * bytes from `start` to `end`; undefined when the file can no longer be read as it was), their
 * paragraphs added to `text` folded, one document each. Returns the frame of the corpus they make on their own
 * (see `withPassages`), or undefined when they could not be read.
 */
export function foldedArticles(read: (start: number, end: number) => Buffer | undefined, layout: ArrayLayout, text: FoldedText): CorpusFrame | undefined {
	let starts = new Uint32Array(1 << 12);
	let sources = new Int32Array(1 << 12);
	let paragraphs = new Uint32Array(1 << 12);
	let count = 0;
	const sourceIds: string[] = [];
	const note = (length: number, paragraph: number) => {
		if (count + 1 === starts.length) {
			starts = grown(starts, count + 2);
			sources = grown(sources, count + 2);
			paragraphs = grown(paragraphs, count + 2);
		}
		starts[count + 1] = starts[count]! + length + 1;
		sources[count] = sourceIds.length - 1;
		paragraphs[count++] = paragraph;
	};
	// The piece being made, as ASCII bytes (folded in place, then kept as a string), reused for the next.
	let piece = Buffer.allocUnsafe(pieceChars * 2);
	let used = 0;
	const fold = () => {
		if (used > 0) text.addAscii(piece.subarray(0, used));
		used = 0;
	};
	const {starts: at, ends} = layout;
	const parts = layoutParts(read, layout, readBytes);
	let next = parts.next();
	for (; next.done !== true; next = parts.next()) {
		const {file, base, from, to} = next.value;
		const {bytes} = file;
		const escapes = escapesOf(file);
		// The next escape, and the next not read plainly, at or after the string or article being read.
		let nextEscape = 0;
		let bad = 0;
		/** Whether the article from `start` to `end` is written plainly (see the module comment). */
		const plainBetween = (start: number, end: number) => {
			while (escapes.bad[bad] !== undefined && escapes.bad[bad]! < start) bad++;
			if (escapes.bad[bad] !== undefined && escapes.bad[bad]! < end) return false;
			const article = bytes.subarray(start, end);
			return (escapes.ascii || isAscii(article)) && (!escapes.del || !article.includes(0x7f));
		};
		/** Copies the text of the string from `start` to `end` (its quotes' places) into the piece, its escapes read, and notes it as paragraph `paragraph`. */
		const copy = (start: number, end: number, paragraph: number) => {
			if (used + end - start + 1 > piece.length) {
				fold();
				if (end - start + 1 > piece.length) piece = Buffer.allocUnsafe(end - start + 1);
			}
			const first = used;
			let from = start;
			while (escapes.at[nextEscape] !== undefined && escapes.at[nextEscape]! < start) nextEscape++;
			for (; escapes.at[nextEscape] !== undefined && escapes.at[nextEscape]! < end; nextEscape++) {
				const slash = escapes.at[nextEscape]!;
				used += bytes.copy(piece, used, from, slash);
				piece[used++] = bytes[slash + 1]!;
				from = slash + 2;
			}
			used += bytes.copy(piece, used, from, end);
			piece[used] = 0;
			note(used - first, paragraph);
			used++;
		};
		for (let k = from; k < to; k++) {
			const start = at[k]! - base;
			const end = ends[k]! - base;
			const strings = plainBetween(start, end) ? plainArticle(bytes, start, end) : undefined;
			// An id with an escape is not an id: such an article is parsed (and was refused by the check).
			if (strings !== undefined && !bytes.subarray(strings[0], strings[1]).includes(backslash)) {
				sourceIds.push(bytes.toString('latin1', strings[0], strings[1]));
				for (let s = 2; s < strings.length; s += 2) copy(strings[s]!, strings[s + 1]!, s / 2);
			} else {
				const article = parsedArticle(file, start, end)?.clean[0];
				if (article === undefined) return undefined;
				fold();
				sourceIds.push(article.id);
				for (const [i, paragraph] of article.paragraphs.entries()) note(paragraph.length, i + 1);
				if (article.paragraphs.length > 0) text.add(`${article.paragraphs.join('\0')}\0`);
			}
			if (used >= pieceChars) fold();
		}
	}
	if (!next.value) return undefined;
	fold();
	return {
		starts: starts.slice(0, count + 1),
		eventCount: 0,
		events: new Int32Array(count).fill(-1),
		sources: sources.slice(0, count),
		paragraphs: paragraphs.slice(0, count),
		actorCounts: new Uint16Array(count),
		sourceIds,
	};
}
