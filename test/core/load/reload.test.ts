/** Reading a watched timeline again: a good version, or the first problem in `check`'s form. */
import {mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {bundledPath, parseTimeline} from '../../../source/core/load/load-timeline.js';
// @ts-expect-error: a JavaScript script without types
import {generateTimeline, timelineJson} from '../../../scripts/generate.mjs';
import {reloadTimeline} from '../../../source/core/load/reload.js';
import {checkText} from '../../../source/core/check/check-file.js';
import {problemLine} from '../../../source/core/check/problem.js';

const dir = mkdtempSync(path.join(tmpdir(), 'sc-reload-'));
const file = path.join(dir, 'story.json');
const good = readFileSync(bundledPath(), 'utf8');
afterAll(() => rmSync(dir, {recursive: true, force: true}));

describe('reloadTimeline', () => {
	it('refuses a watched file over the size limit without reading it, as the loader and check do', async () => {
		const huge = path.join(dir, 'huge.json');
		writeFileSync(huge, '');
		// Sparse: larger than the limit without using the disk.
		truncateSync(huge, 300 * 1024 * 1024);
		expect(await reloadTimeline(huge, 'huge.json')).toEqual({kind: 'invalid', problem: 'huge.json: file is 300 MB, larger than the 256 MB limit', text: undefined});
	});

	it('loads a good file', async () => {
		writeFileSync(file, good);
		const reloaded = await reloadTimeline(file, 'story.json');
		expect(reloaded?.kind).toBe('loaded');
		expect(reloaded?.kind === 'loaded' && reloaded.loaded.timeline.events.length).toBe(22);
	});

	it('gives a file cut off mid-save as check prints it, with line and column', async () => {
		writeFileSync(file, good.slice(0, 3000));
		const reloaded = await reloadTimeline(file, 'story.json');
		expect(reloaded).toMatchObject({kind: 'invalid'});
		expect(reloaded?.kind === 'invalid' && reloaded.problem).toMatch(/^story\.json:\d+:\d+: error: .+ \(syntax\)$/);
	});

	it('gives a misspelled field as the first error check prints for the file', async () => {
		const text = good.replace('"headline"', '"headlin"');
		writeFileSync(file, text);
		const reloaded = await reloadTimeline(file, 'story.json');
		const first = (await checkText(text, 'story.json')).find(problem => problem.severity === 'error')!;
		expect(reloaded).toEqual({kind: 'invalid', problem: problemLine(first), text});
		expect(problemLine(first)).toMatch(/^story\.json:\d+:\d+: error: sources\[0\]\.headline: missing field \(schema\)$/);
	});

	it('reads nothing new when the text is the one already shown', async () => {
		writeFileSync(file, good);
		expect(await reloadTimeline(file, 'story.json', {}, good)).toBeUndefined();
	});

	it('says a missing file cannot be read', async () => {
		const reloaded = await reloadTimeline(path.join(dir, 'gone.json'), 'gone.json');
		expect(reloaded).toEqual({kind: 'invalid', problem: 'gone.json: cannot read: no such file', text: undefined});
	});

	it('reads a large file (loaded a slice at a time) to the same timeline as the loader', async () => {
		const large: string = timelineJson(generateTimeline({events: 4000, seed: 5}));
		expect(large.length).toBeGreaterThan(8 * 1024 * 1024);
		writeFileSync(file, large);
		const reloaded = await reloadTimeline(file, 'story.json');
		expect(reloaded?.kind === 'loaded' && reloaded.loaded).toEqual(parseTimeline(large, 'story.json'));
	});
});
