/**
 * Loading a large file a slice at a time gives exactly what the ordinary loader gives (the same
 * timeline, the same error line), while the thread stays free for frames and keys, and shows the
 * first events before the rest.
 */
import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {isAscii} from 'node:buffer';
import {describe, expect, it} from 'vitest';
import {bundledPath, parseTimeline} from '../../../../source/core/load/load-timeline.js';
import {loadSliced, previewEvents, type SlicedProgress} from '../../../../source/core/load/large/sliced.js';
import type {Timeline} from '../../../../source/core/model/schema.js';
import {jsonLayoutNow} from '../../../../source/core/load/large/json-layout.js';
import type {ArticleReading} from '../../../../source/core/load/large/lazy-sources.js';
// @ts-expect-error: a JavaScript script without types
import {generateTimeline, timelineJson} from '../../../../scripts/generate.mjs';

const fixtures = path.join(import.meta.dirname, '..', '..', '..', 'fixtures');
const generated: string = timelineJson(generateTimeline({events: 12_000, seed: 3}));

/** What the ordinary loader gives for `text`: the loaded timeline, or its error message. */
function exactly(text: string): unknown {
	try {
		return parseTimeline(text, 'f.json');
	} catch (error) {
		return (error as Error).message;
	}
}

async function sliced(text: string, report: (progress: SlicedProgress, preview?: Timeline) => void = () => {}): Promise<unknown> {
	try {
		return await loadSliced(Buffer.from(text), 'f.json', {}, report);
	} catch (error) {
		return (error as Error).message;
	}
}

describe('loadSliced', () => {
	it('gives the same timeline as the ordinary loader: the bundled story and a generated one of 12,000 events', async () => {
		for (const text of [readFileSync(bundledPath(), 'utf8'), generated]) expect(await sliced(text)).toEqual(exactly(text));
	});

	it('gives the same timeline when another thread lays the file out: the preview’s events kept, the rest parsed after them', async () => {
		const bytes = Buffer.from(generated);
		const layout = jsonLayoutNow(bytes, ['sources', 'events']);
		// No report on the articles: they are read here.
		const reading: ArticleReading = {layout: Promise.resolve(layout), report: Promise.resolve(undefined), citations: () => {}};
		let shown: Timeline | undefined;
		const loaded = await loadSliced(bytes, 'f.json', {}, (_, preview) => (shown ??= preview), reading);
		expect(shown?.events).toHaveLength(previewEvents);
		expect(loaded).toEqual(exactly(generated));
	});

	it('refuses bytes that are not UTF-8, in an event after the preview or in the title, with the line and column the ordinary loader names', async () => {
		const reading = (bytes: Buffer): ArticleReading => ({layout: Promise.resolve(jsonLayoutNow(bytes, ['sources', 'events'], 'events')), report: Promise.resolve(undefined), citations: () => {}});
		const utf8 = Buffer.from(generated);
		const at = (text: string, from: number) => utf8.indexOf(text, from) + Buffer.byteLength(text);
		// "café" written in Latin-1: the 9,000th event's headline, then the title.
		let headline = utf8.lastIndexOf('"events":');
		for (let seen = 0; seen < 9000; seen++) headline = at('"headline":"', headline);
		for (const [where, place] of [
			['an event', headline],
			['the title', at('"title":"', 0)],
		] as const) {
			const bytes = Buffer.concat([utf8.subarray(0, place), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20]), utf8.subarray(place)]);
			const line = utf8.subarray(0, place).toString().split('\n').length;
			const column = place - utf8.lastIndexOf('\n', place - 1) + 3;
			for (const read of [undefined, reading(bytes)]) {
				const message = await loadSliced(bytes, 'f.json', {}, () => {}, read).catch((error: Error) => error.message);
				expect(message, where).toBe(`f.json:${line}:${column}: not UTF-8 text (byte 0xE9); save the file as UTF-8`);
			}
		}
	});

	it('leaves an event nested past the loader’s limit, after the preview, to the loader, however deep', async () => {
		const reading = (bytes: Buffer): ArticleReading => ({layout: Promise.resolve(jsonLayoutNow(bytes, ['sources', 'events'], 'events')), report: Promise.resolve(undefined), citations: () => {}});
		for (const depth of [70, 100_000]) {
			// Deep in an event's extra, which the ordinary loader's fast path does not read: it finds the nesting.
			const deep = `"extra":{"prototype":1,"x":${'['.repeat(depth)}1${']'.repeat(depth)}},"headline":`;
			// The 9,000th event's: well after the preview's 5,000.
			const events = generated.lastIndexOf('"events":');
			let seen = 0;
			const text = generated.slice(0, events) + generated.slice(events).replace(/"headline":/g, whole => (++seen === 9000 ? deep : whole));
			expect(seen).toBe(12_000);
			const bytes = Buffer.from(text);
			const message = await loadSliced(bytes, 'f.json', {}, () => {}, reading(bytes)).catch((error: Error) => error.message);
			expect(message).toEqual(exactly(text));
			expect(message).toMatch(/nesting deeper than 64 levels/);
		}
	});

	it('gives the ordinary loader’s answer when the events or the articles are named twice, the last one being what JSON.parse keeps', async () => {
		const reading = (bytes: Buffer): ArticleReading => ({layout: Promise.resolve(jsonLayoutNow(bytes, ['sources', 'events'], 'events')), report: Promise.resolve(undefined), citations: () => {}});
		// A few hundred events past the preview: enough for the rest to be read after it.
		const small: string = timelineJson(generateTimeline({events: previewEvents + 300, seed: 4}));
		const first = small.slice(small.indexOf('{', small.lastIndexOf('"events":')), small.indexOf('\n', small.lastIndexOf('"events":') + 12)).replace(/,$/, '');
		for (const again of [`,"events":[${first}]}`, ',"events":[]}', ',"sources":[]}', `,"ev\\u0065nts":[${first}]}`]) {
			const text = small.replace(/\}\s*$/, again);
			const bytes = Buffer.from(text);
			const answer = await loadSliced(bytes, 'f.json', {}, () => {}, reading(bytes)).catch((error: Error) => error.message);
			expect(answer, again.slice(0, 20)).toEqual(exactly(text));
		}
	});

	it('builds what showing the timeline needs from the very events and eras it gives, while the articles come in', async () => {
		const seen: Array<{events: unknown; eras?: unknown}> = [];
		let steps = 0;
		const loaded = await loadSliced(
			Buffer.from(readFileSync(bundledPath(), 'utf8')),
			'f.json',
			{},
			() => {},
			undefined,
			function* (shown) {
				seen.push(shown);
				for (let i = 0; i < 3; i++) {
					steps++;
					yield;
				}
			},
		);
		expect(steps).toBe(3);
		expect(seen).toHaveLength(1);
		expect(seen[0]!.events).toBe(loaded.timeline.events);
		expect(seen[0]!.eras).toBe(loaded.timeline.eras);
	});

	it('gives the ordinary loader’s answer for every malformed and TimelineJS fixture', async () => {
		const files = [
			...readdirSync(path.join(fixtures, 'malformed')).map(name => path.join(fixtures, 'malformed', name)),
			...readdirSync(path.join(fixtures, 'timelinejs')).map(name => path.join(fixtures, 'timelinejs', name)),
		];
		expect(files.length).toBeGreaterThan(10);
		for (const file of files.filter(name => name.endsWith('.json'))) {
			const text = readFileSync(file, 'utf8');
			expect(await sliced(text), file).toEqual(exactly(text));
		}
	});

	it('names a bad event deep in a large file as the ordinary loader does', async () => {
		const text = generated.replace(/"date":\{"value":"(\d{4})-\d\d-\d\d"/g, (whole, year, offset: number) =>
			offset > generated.length * 0.8 && offset < generated.length * 0.8 + 400 ? `"date":{"value":"${year}-13-40"` : whole,
		);
		expect(text).not.toBe(generated);
		const message = await sliced(text);
		expect(message).toEqual(exactly(text));
		expect(message).toMatch(/^f\.json: events\[\d+\]\.date/);
	});

	it('makes control characters in the file inert in the shown timeline and keeps them in the raw one', async () => {
		// Escaped, and a DEL as it is: JSON allows it raw, and the file stays ASCII.
		const text = generated.replace('"headline":"', '"headline":"\\u001b[2J').replace('"summary":"', '"summary":"\u007f');
		expect(isAscii(Buffer.from(text))).toBe(true);
		const loaded = (await sliced(text)) as {timeline: Timeline; raw: Timeline};
		expect(loaded).toEqual(exactly(text));
		expect(loaded.timeline.sources[0]!.headline).toMatch(/^\^\[\[2J/);
		expect(loaded.raw.sources[0]!.headline).toMatch(/^\u001b\[2J/);
		expect(loaded.timeline.events.filter(event => event.summary.startsWith('^?'))).toHaveLength(1);
		expect(loaded.raw.events.filter(event => event.summary.startsWith('\u007f'))).toHaveLength(1);
	});

	it('shows the first events before the rest, in date order, and reports progress through every phase', async () => {
		const phases: string[] = [];
		let preview: Timeline | undefined;
		let progressAfterPreview = 0;
		const loaded = (await sliced(generated, (progress, shown) => {
			if (phases.at(-1) !== progress.phase) phases.push(progress.phase);
			if (shown !== undefined) preview = shown;
			else if (preview !== undefined) progressAfterPreview++;
		})) as {timeline: Timeline};
		expect(phases).toEqual(['scanning', 'events', 'checking', 'articles']);
		expect(preview?.events.length).toBe(previewEvents);
		expect(preview?.sources).toEqual([]);
		const dates = preview!.events.map(event => event.date.value);
		expect(dates).toEqual([...dates].sort());
		// The preview came while there was still loading to do.
		expect(progressAfterPreview).toBeGreaterThan(0);
		expect(loaded.timeline.events.length).toBe(12_000);
	});

	it('lets timers and input in while it loads: a timer set at the start fires before the load ends', async () => {
		let fired = false;
		setTimeout(() => {
			fired = true;
		}, 0);
		let firedBeforeEnd = false;
		await sliced(generated, progress => {
			if (progress.phase === 'checking') firedBeforeEnd = fired;
		});
		expect(firedBeforeEnd).toBe(true);
	});
});
