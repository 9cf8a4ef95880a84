/**
 * A large sheet read on its own thread (the built dist/sheet-worker.js; `npm run build` first):
 * what comes back, a slice at a time, is what `--data` gives for the sheet, text to sanitise included.
 */
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, test} from 'vitest';
// @ts-expect-error: a JavaScript script without types
import {sheetText} from '../../../../scripts/bench-sheet.mjs';
import {loadSheetProgressively} from '../../../../source/core/load/sheet/progressive-sheet.js';
import {openData} from '../../../../source/core/load/open-data.js';
import {maxStringLength} from '../../../../source/core/load/load-timeline.js';
import {startSheetThread} from '../../../../source/core/load/sheet/sheet-thread.js';
import type {Prepare} from '../../../../source/core/load/large/sliced.js';
import {indexTimeline, indexTimelineSteps, type TimelineIndex} from '../../../../source/core/screen/timeline-rows.js';

const script = new URL('../../../../dist/sheet-worker.js', import.meta.url);
const dir = mkdtempSync(path.join(tmpdir(), 'sc-sheet-thread-'));
afterAll(() => rmSync(dir, {recursive: true, force: true}));

describe("a sheet read on the sheet's thread", () => {
	test('gives every row, as --data does, with the text as written beside the text made safe to show', async () => {
		const file = path.join(dir, 'escapes.csv');
		// Several slices of events; a headline with an escape sequence (row 4321, dated 1901), so what is shown differs from what
		// the file has; in another slice (row 117, dated 2017), characters JSON text leaves as they are (an 8-bit CSI, a line
		// separator, a right-to-left override).
		const text = (sheetText(4500) as string)
			.replace('Headline number 4321', 'Headline \u001b[31mnumber\u001b[0m 4321')
			.replace('https://example.org/img/117.jpg', 'https://example.org/img/\u009b2J\u2028\u202e117.jpg');
		writeFileSync(file, text);
		let previews = 0;
		// The list's rows, built a step at a time before the load is done.
		let built: TimelineIndex | undefined;
		let steps = 0;
		const prepare: Prepare = function* (shown) {
			const building = indexTimelineSteps(shown, 1000);
			for (let step = building.next(); ; step = building.next()) {
				if (step.done === true) {
					built = step.value;
					return;
				}
				steps++;
				yield;
			}
		};
		const loaded = await loadSheetProgressively(file, file, ',', {}, () => previews++, {prepare, thread: startSheetThread({file, delimiter: ',', options: {}}, script)});
		const given = await openData(file);
		expect(previews).toBe(1);
		expect(loaded.timeline.events).toHaveLength(4500);
		expect(loaded.raw).not.toBe(loaded.timeline);
		expect(loaded.timeline).toStrictEqual(given.timeline);
		expect(loaded.raw).toStrictEqual(given.raw);
		expect(loaded.warnings).toEqual(given.warnings);
		// Built in steps, for the events shown, as built from them all.
		expect(steps).toBeGreaterThan(1);
		expect(indexTimeline(loaded.timeline)).toBe(built);
		expect(built).toEqual(indexTimeline({events: [...given.timeline.events], eras: given.timeline.eras}));
		const marked = (events: typeof loaded.raw.events) => events.find(event => event.headline.endsWith(' 4321'))?.headline;
		expect(marked(loaded.raw.events)).toBe('Headline \u001b[31mnumber\u001b[0m 4321');
		expect(marked(loaded.timeline.events)).not.toContain('\u001b');
		const media = (events: typeof loaded.raw.events) => events.find(event => event.headline === 'Headline number 117')?.media?.url;
		expect(media(loaded.raw.events)).toBe('https://example.org/img/\u009b2J\u2028\u202e117.jpg');
		expect(media(loaded.timeline.events)).toBe('https://example.org/img/<U+009B>2J<U+2028><U+202E>117.jpg');
		// Far apart in date order: in slices of their own.
		const at = (headline: string) => loaded.timeline.events.findIndex(event => event.headline.endsWith(headline));
		expect(Math.abs(at(' 4321') - at(' 117'))).toBeGreaterThan(2000);
	});

	test('gives one timeline when nothing needed making safe, and the one-line error of a sheet it cannot read', async () => {
		const file = path.join(dir, 'plain.csv');
		writeFileSync(file, sheetText(2500));
		const loaded = await loadSheetProgressively(file, file, ',', {}, () => {}, {thread: startSheetThread({file, delimiter: ',', options: {}}, script)});
		expect(loaded.raw).toBe(loaded.timeline);
		expect(loaded.timeline).toStrictEqual((await openData(file)).timeline);
		const bad = path.join(dir, 'bad.csv');
		writeFileSync(bad, 'Headline,Text\nA,B\n');
		await expect(loadSheetProgressively(bad, bad, ',', {}, () => {}, {thread: startSheetThread({file: bad, delimiter: ',', options: {}}, script)})).rejects.toThrow(
			/bad\.csv:1: not a TimelineJS sheet/,
		);
		// A file that cannot be read: the reader's one line, and the thread stopped without a word left unheard.
		const missing = path.join(dir, 'missing.csv');
		await expect(loadSheetProgressively(missing, missing, ',', {}, () => {}, {thread: startSheetThread({file: missing, delimiter: ',', options: {}}, script)})).rejects.toThrow(/missing\.csv/);
		await new Promise(resolve => setTimeout(resolve, 200));
	});

	test("ends with --data's one-line error when a row far into the sheet cannot be read under --strict, or holds text over the limit", async () => {
		// 1,500 rows: two runs of the sheet's thread, the rows in the second.
		const rows = (sheetText(1500) as string).split('\r\n');
		const strict = path.join(dir, 'strict.csv');
		writeFileSync(strict, rows.map((line, index) => (index === 1400 ? line.replace(/^\d+,\d+,/, '1990,13,') : line)).join('\r\n'));
		const long = path.join(dir, 'long.csv');
		writeFileSync(long, rows.map((line, index) => (index === 1300 ? line.replace(/Headline number \d+/, 'y'.repeat(maxStringLength + 1)) : line)).join('\r\n'));
		for (const [file, options] of [
			[strict, {strict: true}],
			[long, {}],
		] as const) {
			const given = await openData(file, options).catch((error: Error) => error.message);
			expect(given).toMatch(file === strict ? /strict\.csv:1401:B \(Month\): month "13" is not 1 to 12/ : /long\.csv:1301:[A-Z]+ \(Headline\): text longer than/);
			await expect(loadSheetProgressively(file, file, ',', options, () => {}, {thread: startSheetThread({file, delimiter: ',', options}, script)})).rejects.toThrow(given as string);
		}
	});

	test('started before the explorer listens (as the command line starts it), loses nothing it said meanwhile', async () => {
		const missing = path.join(dir, 'missing-early.csv');
		const failing = startSheetThread({file: missing, delimiter: ',', options: {}}, script);
		const file = path.join(dir, 'early.csv');
		writeFileSync(file, sheetText(2500));
		const loading = startSheetThread({file, delimiter: ',', options: {}}, script);
		// Long enough, on an idle machine, for the first to have failed and the second to have sent every slice (0.1 and 0.4 s).
		await new Promise(resolve => setTimeout(resolve, 1000));
		await expect(loadSheetProgressively(missing, missing, ',', {}, () => {}, {thread: failing})).rejects.toThrow(/missing-early\.csv/);
		expect((await loadSheetProgressively(file, file, ',', {}, () => {}, {thread: loading})).timeline).toStrictEqual((await openData(file)).timeline);
	});

	test("gives a sheet's column of JSON cells as --data does, numbers JSON text would not give back included", async () => {
		const file = path.join(dir, 'json-column.csv');
		const rows = Array.from({length: 3000}, (_, index) => `${1900 + (index % 100)},,,Event ${index},${index % 2 ? '-0' : '1e999'}`);
		writeFileSync(file, `Year,Month,Day,Headline,weight (json)\n${rows.join('\n')}\n`);
		const loaded = await loadSheetProgressively(file, file, ',', {}, () => {}, {thread: startSheetThread({file, delimiter: ',', options: {}}, script)});
		expect(loaded.raw).toStrictEqual((await openData(file)).raw);
		const weight = (headline: string) => loaded.raw.events.find(event => event.headline === headline)?.extra?.['weight'];
		expect(Object.is(weight('Event 1'), -0)).toBe(true);
		expect(weight('Event 2')).toBe(Number.POSITIVE_INFINITY);
	});

	test('gives JSON in a file named as a sheet as --data does, numbers JSON text would not give back included', async () => {
		const file = path.join(dir, 'json.csv');
		const events = Array.from({length: 3000}, (_, index) => ({start_date: {year: 1900 + (index % 100)}, text: {headline: `Event ${index}`}, weight: -0, scale: null}));
		writeFileSync(
			file,
			JSON.stringify({events})
				.replace(/"weight":0/g, '"weight":-0')
				.replace(/"scale":null/g, '"scale":1e400')
				.replace('"Event 2999"', '"Event \\u001b[2J 2999"'),
		);
		const loaded = await loadSheetProgressively(file, file, ',', {}, () => {}, {thread: startSheetThread({file, delimiter: ',', options: {}}, script)});
		expect(loaded.raw).toStrictEqual((await openData(file)).raw);
		expect(Object.is(loaded.raw.events[0]?.extra?.['weight'], -0)).toBe(true);
		expect(loaded.raw.events[0]?.extra?.['scale']).toBe(Number.POSITIVE_INFINITY);
		// A headline to make safe in one slice: shown safe, kept as written.
		expect(loaded.timeline).toStrictEqual((await openData(file)).timeline);
		expect(loaded.raw.events.find(event => event.headline.includes('\u001b'))?.headline).toBe('Event \u001b[2J 2999');
		expect(loaded.timeline.events.some(event => event.headline.includes('\u001b'))).toBe(false);
	});
});
