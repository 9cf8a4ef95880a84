/**
 * The bundled story taken ready-made from the build (dist/story.json, source/core/load/bundled-story.ts): it
 * is exactly what loading the bundled file gives, and a bundled file edited since the build is
 * loaded again rather than shown as it was.
 */
import {describe, expect, it} from 'vitest';
import {spawnSync} from 'node:child_process';
import {cpSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {cliPath} from '../helpers/run-cli.js';
import {loadTimeline} from '../../source/core/load/load-timeline.js';
import {builtStory, type BuiltStory} from '../../source/core/load/bundled-story.js';

const dist = path.dirname(cliPath);

describe('the ready-made bundled story', () => {
	it('is the loader’s result for the bundled file, event for event and field for field', () => {
		const built = JSON.parse(readFileSync(path.join(dist, 'story.json'), 'utf8')) as BuiltStory;
		const loaded = loadTimeline();
		expect(built.timeline).toEqual(loaded.timeline);
		expect(builtStory(dist)).toEqual({...loaded, warnings: []});
	});

	it('is not used once the bundled file has changed: the edit shows', () => {
		const copy = path.join(mkdtempSync(path.join(tmpdir(), 'sc-story-')), 'package');
		cpSync(dist, path.join(copy, 'dist'), {recursive: true});
		cpSync(path.join(dist, '..', 'data'), path.join(copy, 'data'), {recursive: true});
		const data = path.join(copy, 'data', 'secure-communities.json');
		const document = JSON.parse(readFileSync(data, 'utf8')) as {title: string};
		writeFileSync(data, JSON.stringify({...document, title: 'An edited title'}, null, '\t'));
		const run = spawnSync(process.execPath, [path.join(copy, 'dist', 'cli.cjs'), 'summary'], {encoding: 'utf8', env: {...process.env, NO_COLOR: '1'}});
		expect(run.status).toBe(0);
		expect(run.stdout.split('\n')[0]).toBe('An edited title');
	});

	it('is not there to be used when running from source (a test or a script): undefined, and the loader reads the file', () => {
		expect(builtStory(path.join(dist, '..', 'source'))).toBeUndefined();
	});
});
