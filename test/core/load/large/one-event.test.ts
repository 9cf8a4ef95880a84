import {afterAll, describe, expect, it} from 'vitest';
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {show, printEvent} from '../../../../source/commands/show.js';
import type {CommandContext, Format} from '../../../../source/commands/context.js';
import {loadTimeline, type LoadedTimeline} from '../../../../source/core/load/load-timeline.js';
import {bundledPath} from '../../../../source/core/load/bundled-story.js';
import {elementsOf, eventFromBytes, eventFromFile, type Locate} from '../../../../source/core/load/large/one-event.js';
import {jsonLayoutNow} from '../../../../source/core/load/large/json-layout.js';
import type {ObjectRange} from '../../../../source/core/load/large/objects-by-id.js';
// @ts-expect-error: a JavaScript script without types
import {generateTimeline, timelineJson} from '../../../../scripts/generate.mjs';
import {byId} from '../../../../source/core/model/by-id.js';

const dir = mkdtempSync(path.join(tmpdir(), 'sc-one-event-'));
afterAll(() => rmSync(dir, {recursive: true, force: true}));

/** How `show` is asked to print: plain and coloured text at two widths, Markdown, JSON. */
const outputs: Array<{format: Format; width: number; color: boolean}> = [
	{format: 'text', width: 80, color: false},
	{format: 'text', width: 41, color: true},
	{format: 'markdown', width: 80, color: false},
	{format: 'json', width: 80, color: false},
];

/** What `show id` writes, and the error it throws; `loaded` is the whole file's load, asked for only if the command needs it. */
function runShow(id: string, output: (typeof outputs)[number], whole: () => LoadedTimeline, file?: string): {text: string; wholeRead: boolean} {
	let text = '';
	let wholeRead = false;
	const context: CommandContext = {
		get loaded() {
			wholeRead = true;
			return whole();
		},
		file,
		args: [id],
		...output,
		limit: undefined,
		out: written => {
			text += written;
		},
		warn: () => {},
	};
	show(context);
	return {text, wholeRead};
}

/** The message of what `run` throws. */
function errorOf(run: () => unknown): string {
	try {
		run();
	} catch (error) {
		return (error as Error).message;
	}
	return 'nothing thrown';
}

/** Every event of `file` through `show` reading only its part, against `show` after loading the whole file. */
function expectSameForEvery(file: string): void {
	const loaded = loadTimeline(file);
	for (const {id} of loaded.raw.events) {
		for (const output of outputs) {
			const part = runShow(id, output, () => loaded, file);
			expect(part.wholeRead, `${id} read the whole file`).toBe(false);
			expect(part.text, `${id} ${output.format}`).toBe(runShow(id, output, () => loaded).text);
		}
	}
}

describe('show <id> reading only the event and the articles it cites', () => {
	it('prints every event of the bundled story exactly as after loading the whole file', () => {
		expectSameForEvery(bundledPath());
	});

	it('prints what the whole load prints when the file has text to sanitise, and for an id that is also an article’s', () => {
		const story = JSON.parse(readFileSync(bundledPath(), 'utf8')) as {events: Array<{id: string; headline: string; citations: Array<{source: string}>}>; sources: Array<{id: string; outlet: string}>};
		const [first, second] = story.events;
		first!.headline = `\u001b[2J\u001b]52;c;aGk=\u0007${first!.headline}\u202e`;
		const cited = story.sources.find(source => source.id === first!.citations[0]!.source)!;
		cited.outlet = `${cited.outlet}\u001b[31m`;
		second!.id = story.sources[0]!.id;
		const file = path.join(dir, 'unsafe.json');
		writeFileSync(file, JSON.stringify(story, undefined, '\t'));
		expectSameForEvery(file);
	});

	it('prints every event of a generated 10,000-event file exactly as after loading the whole file', () => {
		const text: string = timelineJson(generateTimeline({events: 10_000, seed: 4}));
		const file = path.join(dir, 'generated.json');
		writeFileSync(file, text);
		const bytes = readFileSync(file);
		const loaded = loadTimeline(file);
		// Looking for each id in 22 MB ten thousand times would take minutes: the objects are laid out once here,
		// and the search by id is checked on its own below, for events spread over the file.
		const layout = jsonLayoutNow(bytes, ['sources', 'events'])!;
		const objects = new Map<string, ObjectRange[]>();
		for (const array of layout.arrays.values()) {
			for (const [i, start] of array.starts.entries()) {
				const end = array.ends[i]!;
				const {id} = JSON.parse(bytes.toString('utf8', start, end)) as {id: string};
				objects.set(id, [...(objects.get(id) ?? []), {start, end}]);
			}
		}
		const laidOut: Locate = id => (objects.get(id) ?? []).map(({start, end}) => ({start, bytes: bytes.subarray(start, end)}));
		const laidOutElements = elementsOf(layout);
		const elements = () => laidOutElements;
		expect(loaded.raw.events).toHaveLength(10_000);
		const sources = (timeline: LoadedTimeline['raw'], ids: Iterable<string>) => [...new Set(ids)].map(id => byId(timeline.sources, id));
		for (const [i, {id}] of loaded.raw.events.entries()) {
			const found = eventFromBytes(bytes, id, laidOut, elements);
			expect(found, id).toBeDefined();
			const cited = found!.raw.event.citations.map(cite => cite.source);
			// What every format is printed from, as the whole load has it.
			expect(found!.raw, id).toEqual({event: byId(loaded.raw.events, id), sources: sources(loaded.raw, cited)});
			expect(found!.timeline, id).toEqual({event: byId(loaded.timeline.events, id), sources: sources(loaded.timeline, cited)});
			// Wrapped text takes milliseconds an event: every format for one event in 25, the quick ones for all.
			for (const output of i % 25 === 0 ? outputs : outputs.filter(({format}) => format !== 'text')) {
				let part = '';
				printEvent(found!.timeline, found!.timeline.event, found!.raw, found!.raw.event, {...output, out: written => (part += written)});
				expect(part, `${id} ${output.format}`).toBe(runShow(id, output, () => loaded).text);
			}
		}
		const ids = loaded.raw.events.map(event => event.id);
		for (const id of [ids[0]!, ids.at(-1)!, ...ids.filter((_, i) => i % 997 === 0)]) {
			const part = runShow(id, outputs[0]!, () => loaded, file);
			expect(part.wholeRead, id).toBe(false);
			expect(part.text, id).toBe(runShow(id, outputs[0]!, () => loaded).text);
		}
	}, 180_000);

	it('finds the event and its article however the file is read in parts: an id across two parts, an article longer than the first part around its id, the id also in text', () => {
		type Story = {sources: Array<{id: string; paragraphs: string[]}>; events: Array<{id: string; headline: string; citations: Array<{source: string}>}>};
		const story = JSON.parse(readFileSync(bundledPath(), 'utf8')) as Story;
		const [asked, other] = story.events.filter(event => event.citations.length > 0);
		// The cited article with 200,000 characters more, all before its id.
		const cited = story.sources.findIndex(source => source.id === asked!.citations[0]!.source);
		const {paragraphs, ...article} = story.sources[cited]!;
		story.sources[cited] = {paragraphs: [...paragraphs, ...Array.from({length: 4}, () => 'x'.repeat(50_000))], ...article};
		// Another event names the asked one in its headline, quotes and all.
		other!.headline = `See "${asked!.id}" and ${asked!.id}`;
		const needle = JSON.stringify(asked!.id);
		// Over eight megabytes of uncited articles first, so the asked event’s id is written across the first two parts the file is read in, wherever it is cut, or ends where the first ends.
		const pad = (i: number, length: number) => ({id: `padding-${i}`, outlet: 'Padding', headline: 'Padding', published: '2011-01-01', paragraphs: ['y'.repeat(length)]});
		const write = (padding: Array<ReturnType<typeof pad>>) => JSON.stringify({...story, sources: [...padding, ...story.sources]});
		const place = (text: string) => Buffer.from(text).indexOf(Buffer.from(`"id":${needle}`)) + '"id":'.length;
		const alone = place(write([]));
		for (const before of [1, needle.length - 1, needle.length]) {
			const target = (8 << 20) - before;
			const padding = Array.from({length: Math.floor((target - alone) / (JSON.stringify(pad(100, 20_000)).length + 1))}, (_, i) => pad(i, 20_000));
			padding[0] = pad(0, 20_000 + target - place(write(padding)));
			const text = write(padding);
			expect(place(text)).toBe(target);
			const file = path.join(dir, `in-parts-${before}.json`);
			writeFileSync(file, text);
			const loaded = loadTimeline(file);
			for (const id of [asked!.id, other!.id]) {
				for (const output of outputs) {
					const part = runShow(id, output, () => loaded, file);
					expect(part.wholeRead, id).toBe(false);
					expect(part.text, `${id} ${output.format}`).toBe(runShow(id, output, () => loaded).text);
				}
			}
		}
	});

	it('still reports a citation of the asked event that does not check, as the whole load words it', () => {
		const story = JSON.parse(readFileSync(bundledPath(), 'utf8')) as {events: Array<{id: string; citations: Array<{quote: string; paragraph: number}>}>};
		for (const [name, breakIt] of [
			['quote', (cite: {quote: string}) => (cite.quote = `${cite.quote} not in the article`)],
			['paragraph', (cite: {paragraph: number}) => (cite.paragraph = 999)],
		] as const) {
			const broken = structuredClone(story);
			const event = broken.events[5]!;
			breakIt(event.citations.at(-1)! as {quote: string; paragraph: number});
			const file = path.join(dir, `broken-${name}.json`);
			writeFileSync(file, JSON.stringify(broken));
			const whole = errorOf(() => loadTimeline(file));
			expect(whole).toMatch(new RegExp(`events\\[5\\]\\.citations\\[${event.citations.length - 1}\\]\\.${name}: `));
			expect(errorOf(() => runShow(event.id, outputs[0]!, () => loadTimeline(file), file))).toBe(whole);
		}
	});

	it('answers as the whole load does when an object with the asked id is not an element of the events or sources: commented out, or inside another event', () => {
		type Story = {sources: Array<{id: string}>; events: Array<{id: string; headline: string; citations: Array<{source: string}>; extra?: unknown}>};
		const story = JSON.parse(readFileSync(bundledPath(), 'utf8')) as Story;
		const [first, second] = story.events;
		const ghost = {...structuredClone(second!), id: 'retracted', headline: 'A retracted event'};
		const text = JSON.stringify(story, undefined, '\t');
		// An event commented out before the first (the whole load reads the file as JavaScript would, with a warning).
		const commented = text.replace(`"events": [\n`, `"events": [\n// ${JSON.stringify(ghost)},\n`);
		// An event kept in another's extra, and a source with the cited article's id nested beside it, its text changed.
		const cited = story.sources.find(source => source.id === first!.citations[0]!.source)!;
		first!.extra = {draft: ghost, previous: [{...structuredClone(cited), headline: 'An earlier headline'}]};
		const nested = JSON.stringify(story, undefined, '\t');
		for (const [name, content] of [
			['commented', commented],
			['nested', nested],
		] as const) {
			const file = path.join(dir, `${name}.json`);
			writeFileSync(file, content);
			const loaded = loadTimeline(file);
			expect(byId(loaded.raw.events, 'retracted'), name).toBeUndefined();
			const partial = errorOf(() => runShow('retracted', outputs[0]!, () => loaded, file));
			expect(partial, name).toBe(errorOf(() => runShow('retracted', outputs[0]!, () => loaded)));
			expect(partial, name).toMatch(/no event with id "retracted"/);
			// The event whose extra holds them: printed with its own article, as the whole load prints it.
			for (const output of outputs) expect(runShow(first!.id, output, () => loaded, file).text, `${name} ${output.format}`).toBe(runShow(first!.id, output, () => loaded).text);
		}
	});

	it('leaves a TimelineJS file, an unknown id and an id JSON can spell two ways to the whole load', () => {
		const timelineJs = fileURLToPath(new URL('../../../fixtures/timelinejs/city-budget.json', import.meta.url));
		const tljsId = loadTimeline(timelineJs).raw.events[0]!.id;
		expect(eventFromFile(timelineJs, tljsId)).toBeUndefined();
		expect(eventFromFile(bundledPath(), 'no-such-event')).toBeUndefined();
		expect(eventFromFile(bundledPath(), 'a\\b')).toBeUndefined();
	});
});
