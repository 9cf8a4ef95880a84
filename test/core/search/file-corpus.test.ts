/**
 * A large file read twice at once: the search worker builds its corpus, and checks the articles,
 * from the file's bytes (fileCorpus) while the explorer's loader reads the events and leaves the
 * articles to be read when shown (lazy sources). Together they must give what the ordinary loader
 * gives, and every problem must still reach the loader's own message.
 */
import {mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {bundledPath, parseTimeline} from '../../../source/core/load/load-timeline.js';
import {loadSliced, type FilePart} from '../../../source/core/load/large/sliced.js';
import {jsonLayoutNow, lastArrayKey} from '../../../source/core/load/large/json-layout.js';
import type {Source, Timeline} from '../../../source/core/model/schema.js';
import {buildCorpus} from '../../../source/core/search/corpus.js';
import {fileCorpus} from '../../../source/core/search/file-corpus.js';
import {scribbledParts} from '../../helpers/file-parts.js';
import {eventCitations, type ArticleReading, type EventCitations, type SourcesReport} from '../../../source/core/load/large/lazy-sources.js';
import {written} from '../../../source/core/search/case-map.js';
import {fold} from '../../../source/core/search/fold.js';
// @ts-expect-error: a JavaScript script without types
import {generateTimeline, timelineJson} from '../../../scripts/generate.mjs';

const generated: string = timelineJson(generateTimeline({events: 3000, seed: 5}));
/** A smaller one, for the test that reads six shapes of it three ways each: still thousands of reads of a few kilobytes. */
const smaller: string = timelineJson(generateTimeline({events: 1000, seed: 5}));
const bundled = readFileSync(bundledPath(), 'utf8');

/** A source's fields, read by name (a lazy source's are getters). */
const fields = (source: Source) => ({
	id: source.id,
	outlet: source.outlet,
	headline: source.headline,
	published: source.published,
	url: source.url,
	byline: source.byline,
	paragraphs: source.paragraphs,
});

const folder = mkdtempSync(path.join(tmpdir(), 'sc-timeline-part-'));
let files = 0;

/**
 * `text` written to a file, and the part of it the explorer's loader keeps when the rest goes to the
 * search worker: from its last `"events":` on, when that is the smaller part (else undefined).
 */
function filePart(text: string): FilePart | undefined {
	const file = path.join(folder, `${files++}.json`);
	writeFileSync(file, text);
	const bytes = Buffer.from(text);
	const from = lastArrayKey(bytes, 'events');
	const {size, mtimeMs} = statSync(file);
	return from === undefined || from < bytes.length / 2 ? undefined : {bytes: Buffer.from(bytes.subarray(from)), from, disk: {path: file, size, mtimeMs}};
}

/**
 * The worker's part and the loader's part, as the explorer runs them: the worker lays the file out
 * while the loader reads the events from where they seem to be, then checks the articles against
 * the citations the loader sends once it has read the events (`sent`), or, when they come too late,
 * against the events it reads itself. `part`: the loader holds only the file's last part (its
 * events), as when the explorer moves the rest of the bytes to the worker, and reads the file again
 * from disk for anything else.
 */
async function both(text: string, {sent, part}: {sent: boolean; part?: FilePart | undefined}): Promise<unknown> {
	const bytes = Buffer.from(text);
	let built: ReturnType<typeof fileCorpus> | undefined;
	let report: SourcesReport | undefined;
	const work = (given: EventCitations[] = []) => {
		// Read as the worker reads a large file, a few kilobytes at a time here, so that the layout and the articles cross many reads.
		built = fileCorpus(scribbledParts(bytes), {
			onReport: found => {
				report = found;
			},
			given: () => given.shift(),
			span: 4096,
		});
	};
	// The batches sent so far: the worker starts once the last has come (or none will).
	const batches: EventCitations[] = [];
	if (!sent) work();
	let answered = Promise.resolve(report);
	// As the worker lays it out: up to the events, when they follow the articles.
	const laidOut = jsonLayoutNow(bytes, ['sources', 'events'], 'events');
	const reading: ArticleReading = {
		layout: Promise.resolve(laidOut),
		get report() {
			return answered;
		},
		citations: given => {
			if (!sent) return;
			if (given?.more === true) {
				batches.push(given);
				return;
			}
			work(given === null ? [] : [...batches, given]);
			answered = Promise.resolve(report);
		},
	};
	try {
		const loaded = await loadSliced(part ?? bytes, 'f.json', {}, () => {}, reading);
		return {built, loaded};
	} catch (error) {
		return (error as Error).message;
	}
}

describe('a large file read by the search worker and the loader side by side', () => {
	it('gives the ordinary loader’s timeline, articles read when asked for, and the corpus of that timeline', async () => {
		// The last "events": of the last one is not the timeline's: the events read from there are set aside.
		const nestedEvents = smaller.replace(/\}\s*$/, ',"extra":{"events":[{"id":"not-an-event"}]}}');
		// The events before the articles, and after them with members following (as the bundled story has its topics).
		const {sources, events, ...rest} = JSON.parse(smaller) as Timeline;
		const eventsFirst = timelineJson({...rest, events, sources});
		const eventsBetween = timelineJson({...rest, sources, events, topics: [{id: 'police', label: 'Police'}]});
		for (const text of [bundled, smaller, smaller.replace('"headline":"', '"headline":"\\u001b[2J'), nestedEvents, eventsFirst, eventsBetween]) {
			const exact = parseTimeline(text, 'f.json');
			const {text: whole, ...frame} = buildCorpus(exact.timeline);
			const folded = fold(whole);
			// Holding only the events' part: the smaller file as it is, one whose last "events" is not the timeline's, and one with a member after its events.
			const parts = text === smaller || text === nestedEvents || text === eventsBetween ? [filePart(text)] : [];
			for (const [sent, part] of [[false, undefined] as const, [true, undefined] as const, ...parts.map(given => [true, given] as const)]) {
				const {built, loaded} = (await both(text, {sent, part})) as {built: ReturnType<typeof fileCorpus>; loaded: {timeline: Timeline; raw: Timeline}};
				expect(loaded.timeline.events).toEqual(exact.timeline.events);
				// Everything around the events and articles too: the members after the events as well as before.
				expect({...loaded.timeline, events: [], sources: []}).toEqual({...exact.timeline, events: [], sources: []});
				expect(loaded.timeline.sources.map(fields)).toEqual(exact.timeline.sources.map(fields));
				expect(loaded.raw.sources.map(fields)).toEqual(exact.raw.sources.map(fields));
				// Holding only a part whose events the layout says are elsewhere, the loader reads the file again itself, sending the worker nothing.
				if (part !== undefined && text === nestedEvents) continue;
				expect(built, `${text.slice(0, 60)} ${sent} ${part !== undefined}`).toBeDefined();
				// The corpus of that timeline: the same documents, the text held folded and given back as written.
				const {folded: builtFolded, changed, ...builtFrame} = built!.corpus;
				expect(builtFrame).toEqual(frame);
				expect(builtFolded.slice(0)).toBe(folded);
				expect(written(changed, builtFolded, 0, builtFolded.length)).toBe(whole);
			}
		}
	});

	it('leaves every problem to the loader, which words it as for any command', async () => {
		const source = generated.indexOf('"paragraphs":["') + '"paragraphs":["'.length;
		const broken = [
			// A quote no longer in its paragraph: the worker's check, not the loader's, finds it.
			generated.replace(/"quote":"([^"]+)"/, '"quote":"$1 not in the article"'),
			// A citation of a source the file does not have.
			generated.replace(/"citations":\[\{"source":"[^"]+"/, '"citations":[{"source":"no-such-source"'),
			// An article that fails validation.
			`${generated.slice(0, source - 2)}[]${generated.slice(generated.indexOf(']', source) + 1)}`,
			// The first article twice, every citation still good: only the duplicate id is wrong.
			(() => {
				const start = generated.indexOf('{', generated.indexOf('"sources":['));
				const end = generated.indexOf('\n{"id":', start + 1);
				const article = generated.slice(start, end).replace(/,$/, '');
				return `${generated.slice(0, end)}${article},${generated.slice(end)}`;
			})(),
		];
		for (const text of broken) {
			expect(fileCorpus(Buffer.from(text))).toBeUndefined();
			const exact = (() => {
				try {
					return parseTimeline(text, 'f.json');
				} catch (error) {
					return (error as Error).message;
				}
			})();
			expect(typeof exact).toBe('string');
			expect(await both(text, {sent: false})).toEqual(exact);
			expect(await both(text, {sent: true})).toEqual(exact);
			if (text === broken[0] || text === broken[2]) expect(await both(text, {sent: true, part: filePart(text)})).toEqual(exact);
		}
	});

	it('gives the ordinary loader’s answer for every malformed and TimelineJS fixture, and no corpus for a TimelineJS file', async () => {
		const fixtures = path.join(import.meta.dirname, '..', '..', 'fixtures');
		for (const folder of ['timelinejs', 'malformed']) {
			for (const name of readdirSync(path.join(fixtures, folder)).filter(file => file.endsWith('.json'))) {
				const text = readFileSync(path.join(fixtures, folder, name), 'utf8');
				if (folder === 'timelinejs') expect(fileCorpus(Buffer.from(text)), name).toBeUndefined();
				let exact: unknown;
				try {
					exact = parseTimeline(text, 'f.json').timeline;
				} catch (error) {
					exact = (error as Error).message;
				}
				for (const sent of [false, true]) {
					const answer = await both(text, {sent});
					expect(typeof answer === 'string' ? answer : (answer as {loaded: {timeline: Timeline}}).loaded.timeline, name).toEqual(exact);
				}
			}
		}
	});

	it('holding only the events’ part, reads an article from the file when it is first shown, and says so when the file has changed since', async () => {
		const part = filePart(generated)!;
		expect(part.bytes.length).toBeLessThan(generated.length / 2);
		const {loaded} = (await both(generated, {sent: true, part})) as {loaded: {timeline: Timeline}};
		const exact = parseTimeline(generated, 'f.json').timeline;
		const [read, notYet] = [loaded.timeline.sources[3]!, loaded.timeline.sources[2000]!];
		expect(fields(read)).toEqual(fields(exact.sources[3]!));
		// Saved again since: what was read stays, what was not is not shown from the new file.
		writeFileSync(part.disk.path, `${generated} `);
		expect(fields(read)).toEqual(fields(exact.sources[3]!));
		expect(notYet.id).toBe(exact.sources[2000]!.id);
		expect(notYet.headline).toBe('f.json has changed since it was loaded');
		expect(notYet.published).toBe(exact.sources[2000]!.published);
		expect(notYet.paragraphs).toEqual(['Open f.json again to read this article.']);
	});

	it('checks the articles against the citations the loader sends, whenever they come', () => {
		const {events} = parseTimeline(generated, 'f.json').raw;
		const citations = eventCitations(events);
		const wrong = eventCitations(events.map((event, i) => (i === 7 ? {...event, citations: [{...event.citations[0]!, quote: 'not in the article'}]} : event)));
		const expected = fileCorpus(Buffer.from(generated))?.corpus.folded.slice(0);
		// At once, while the articles are read, while the events are read here, or never (the events read here decide).
		for (const after of [0, 3, 20, Number.POSITIVE_INFINITY]) {
			const sentAfter = (given: EventCitations) => {
				let looks = 0;
				return () => (looks++ >= after ? given : undefined);
			};
			const good = fileCorpus(Buffer.from(generated), {given: sentAfter(citations)});
			expect(good?.corpus.folded.slice(0), `after ${after} looks`).toBe(expected);
			if (after !== Number.POSITIVE_INFINITY) expect(fileCorpus(Buffer.from(generated), {given: sentAfter(wrong)}), `after ${after} looks`).toBeUndefined();
		}
	});

	it('checks the citations sent in batches, each whenever it comes, and trusts none sent before the last when the last never comes', () => {
		const {events} = parseTimeline(generated, 'f.json').raw;
		const spoiled = events.map((event, i) => (i === 500 ? {...event, citations: [{...event.citations[0]!, quote: 'not in the article'}]} : event));
		/** The citations of `list` in three batches, `more` on the first two, as the loader sends them. */
		const inBatches = (list: typeof events) =>
			[0, 1, 2].map(k => {
				const batch = eventCitations(list.slice(Math.floor((k * list.length) / 3), Math.floor(((k + 1) * list.length) / 3)));
				return k < 2 ? {...batch, more: true as const} : batch;
			});
		const expected = fileCorpus(Buffer.from(generated))?.corpus.folded.slice(0);
		// A look for citations every 256 articles read, one once they are all read, then every 256 events read here: batch k comes at look `at[k]` or later.
		for (const at of [
			[0, 0, 0],
			[0, 4, 9],
			[3, 3, 12],
			[11, 12, 13],
			[0, 2, Number.POSITIVE_INFINITY],
			[Number.POSITIVE_INFINITY, 0, 0],
		]) {
			const sent = (batches: EventCitations[]) => {
				let looks = 0;
				let next = 0;
				return () => (looks++ >= (at[next] ?? Number.POSITIVE_INFINITY) ? batches[next++] : undefined);
			};
			const comes = at.every(look => look !== Number.POSITIVE_INFINITY);
			const good = fileCorpus(Buffer.from(generated), {given: sent(inBatches(events))});
			expect(good?.corpus.folded.slice(0), `batches at looks ${at}`).toBe(expected);
			// A spoiled quote is found wherever its batch falls; the last batch never coming, the events read here decide (the file's are good).
			const fromSpoiled = fileCorpus(Buffer.from(generated), {given: sent(inBatches(spoiled))});
			if (comes) expect(fromSpoiled, `spoiled, batches at looks ${at}`).toBeUndefined();
			else expect(fromSpoiled?.corpus.folded.slice(0), `spoiled, batches at looks ${at}`).toBe(expected);
		}
	});
});
