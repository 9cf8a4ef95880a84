/**
 * The articles' passages read again from a large file's bytes for the search corpus
 * (article-passages.ts): most articles are copied from the bytes without being parsed, the others
 * parsed. Whatever the articles hold and however the file spells them, the corpus must be the one
 * the ordinary loader's timeline gives.
 */
import {describe, expect, it} from 'vitest';
import fc from 'fast-check';
import {parseTimeline} from '../../../source/core/load/load-timeline.js';
import type {Timeline} from '../../../source/core/model/schema.js';
import {buildCorpus} from '../../../source/core/search/corpus.js';
import {fileCorpus} from '../../../source/core/search/file-corpus.js';
import {eventCitations} from '../../../source/core/load/large/lazy-sources.js';
import {scribbledParts} from '../../helpers/file-parts.js';
import {written} from '../../../source/core/search/case-map.js';
import {fold} from '../../../source/core/search/fold.js';
import {fcParameters} from '../../hardening/support.js';
import {generateTimeline} from '../../../scripts/generate.mjs';

const base = generateTimeline({events: 30, seed: 3}) as Timeline;

/** Characters of a paragraph: mostly plain, some that JSON escapes, some the screen must not get raw, some outside ASCII. */
const character = fc.oneof(
	{weight: 8, arbitrary: fc.constantFrom('a', 'Q', 'z', ' ', '.', '7', '-')},
	{weight: 2, arbitrary: fc.constantFrom('"', '\\', '/')},
	{weight: 1, arbitrary: fc.constantFrom('\n', '\t', '\u007f', '\u001b', 'é', 'É', 'ß', 'İ', '😀', '\u2028', '\u0085')},
);
const paragraph = fc.array(character, {maxLength: 24}).map(characters => characters.join(''));

/**
 * How one article is written: `\/` for every `/`, `\u0051` for every Q, spaces between its parts,
 * its keys in reverse, a `paragraphs` key before the one JSON.parse keeps, its keys' first letters
 * but the id's written as `\u` escapes (`"\u0070aragraphs"` is `paragraphs`).
 */
type Spelling = {slash: boolean; unicode: boolean; space: string; reversed: boolean; decoy: boolean; keys: boolean};
const spelling: fc.Arbitrary<Spelling> = fc.record({
	slash: fc.boolean(),
	unicode: fc.boolean(),
	space: fc.constantFrom('', ' ', '\n  '),
	reversed: fc.boolean(),
	decoy: fc.boolean(),
	keys: fc.boolean(),
});

/** A key as JSON, its first letter escaped when `escaped` (but the id's: an article whose id is found as written and its paragraphs are not). */
const keyLiteral = (key: string, escaped: boolean) => (escaped && key !== 'id' ? `"\\u${key.charCodeAt(0).toString(16).padStart(4, '0')}${key.slice(1)}"` : JSON.stringify(key));

function literal(text: string, how: Spelling): string {
	let out = JSON.stringify(text);
	if (how.slash) out = out.replaceAll('/', '\\/');
	if (how.unicode) out = out.replaceAll('Q', '\\u0051');
	return out;
}

function spelled(value: unknown, how: Spelling, decoy = false): string {
	if (typeof value === 'string') return literal(value, how);
	if (Array.isArray(value)) return `[${how.space}${value.map(item => spelled(item, how)).join(`,${how.space}`)}${how.space}]`;
	if (value === null || typeof value !== 'object') return JSON.stringify(value);
	const keys = Object.keys(value).filter(key => (value as Record<string, unknown>)[key] !== undefined);
	if (how.reversed) keys.reverse();
	const entries = keys.map(key => `${keyLiteral(key, how.keys)}:${how.space}${spelled((value as Record<string, unknown>)[key], how)}`);
	if (decoy) entries.unshift('"paragraphs":["decoy"]');
	return `{${how.space}${entries.join(`,${how.space}`)}${how.space}}`;
}

/** The corpus of `timeline` written as JSON, from the file's bytes and from the loaded timeline. */
function bothCorpora(text: string) {
	const {text: whole, ...frame} = buildCorpus(parseTimeline(text, 'f.json').timeline);
	const built = fileCorpus(Buffer.from(text));
	expect(built).toBeDefined();
	const {folded, changed, ...builtFrame} = built!.corpus;
	expect(builtFrame).toEqual(frame);
	expect(folded.slice(0)).toBe(fold(whole));
	expect(written(changed, folded, 0, folded.length)).toBe(whole);
}

/** `base` as a file whose articles are written as `sources` says (and its events as `events`, if given). */
function withSources(sources: string[], events = base.events): string {
	const {sources: _, events: __, ...top} = base;
	return `${JSON.stringify(top).slice(0, -1)},"sources":[${sources.join(',\n')}],"events":${JSON.stringify(events)}}`;
}

describe('the articles’ check, the file read a part at a time', () => {
	it('finds each quote in the paragraph it names however the article is written, the citations given at once or only once every article is read', () => {
		const articles = fc.array(fc.record({more: fc.array(paragraph, {minLength: 1, maxLength: 3}), how: spelling, from: fc.nat(), length: fc.integer({min: 1, max: 8})}), {
			minLength: base.sources.length,
			maxLength: base.sources.length,
		});
		fc.assert(
			fc.property(articles, fc.integer({min: 16, max: 400}), fc.nat(), (given, span, spoiled) => {
				const sources = base.sources.map((source, i) => ({...source, paragraphs: [...source.paragraphs, ...given[i]!.more]}));
				// Each article cited again, in a paragraph of its own (its first added one, where it has words), by an event.
				const cited = sources.flatMap((source, i) => {
					const words = given[i]!.more[0]!;
					const from = given[i]!.from % Math.max(1, words.length);
					const quote = words.slice(from, from + given[i]!.length);
					return quote === '' ? [] : [{source: source.id, paragraph: base.sources[i]!.paragraphs.length + 1, quote}];
				});
				fc.pre(cited.length > 0);
				const events = base.events.map((event, i) => (i === 0 ? {...event, citations: [...event.citations, ...cited]} : event));
				const wrong = cited.map((citation, i) => (i === spoiled % cited.length ? {...citation, quote: `${citation.quote}#~`} : citation));
				const text = withSources(
					sources.map((source, i) => spelled(source, given[i]!.how, given[i]!.how.decoy)),
					events,
				);
				for (const [citations, good] of [
					[eventCitations(events), true],
					[eventCitations(base.events.map((event, i) => (i === 0 ? {...event, citations: [...event.citations, ...wrong]} : event))), false],
				] as const) {
					// Given at once, or only when the check waits for them, once it has read every article.
					for (const give of [() => citations, (wait?: number) => (wait === undefined ? undefined : citations)]) {
						const built = fileCorpus(scribbledParts(Buffer.from(text)), {given: give, span});
						expect(built !== undefined, `${good ? 'good' : 'spoiled'} citations, given ${give.length === 0 ? 'at once' : 'late'}`).toBe(good);
					}
				}
			}),
			fcParameters(60),
		);
	});
});

describe('the articles’ passages read from the file’s bytes', () => {
	it('give the corpus of the loaded timeline, whatever the articles hold and however they are written', () => {
		const articles = fc.array(fc.record({more: fc.array(paragraph, {maxLength: 4}), how: spelling}), {minLength: base.sources.length, maxLength: base.sources.length});
		fc.assert(
			fc.property(articles, given => {
				// Paragraphs after the cited ones, so every citation still holds.
				bothCorpora(withSources(base.sources.map((source, i) => spelled({...source, paragraphs: [...source.paragraphs, ...given[i]!.more]}, given[i]!.how, given[i]!.how.decoy))));
			}),
			fcParameters(60),
		);
	});

	it('give the same corpus with paragraphs as long as a file may have them, each or two of them filling a piece of its text, quotes at their ends', () => {
		const plain = {slash: false, unicode: false, space: '', reversed: false, decoy: false, keys: false};
		const long = [32_767, 32_768, 49_999, 50_000, 50_000].map(length => `"${'Ab '.repeat(length).slice(0, length - 2)}"`);
		bothCorpora(withSources(base.sources.map((source, i) => spelled({...source, paragraphs: [...source.paragraphs, ...(i % 3 === 0 ? long : [])]}, plain))));
	});
});
