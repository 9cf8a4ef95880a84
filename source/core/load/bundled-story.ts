/**
 * The bundled story as the loader gives it, made at build time (scripts/build.mjs writes
 * dist/story.json from `loadTimeline()`), so that `sc-timeline summary` and the explorer on the
 * bundled story neither load the loader (valibot, the fast path, TimelineJS) nor validate, sort
 * and check a file that does not change. The test suite checks the bundled file itself, and that
 * dist/story.json is exactly what loading it gives.
 */
import {existsSync, readFileSync, statSync} from 'node:fs';
import path from 'node:path';
import type {Timeline} from '../model/schema.js';
import type {LoadedTimeline} from './load-types.js';

/** What dist/story.json holds: the loaded timeline, and the size of the file it was made from. */
export type BuiltStory = {bytes: number; timeline: Timeline};

/** The name the bundled story goes by in messages and in `LoadedTimeline.file`. */
export const bundledName = 'bundled data';

/** The bundled story, found relative to the installed code (works from `source/core/load`, `dist` and `dist/commands`). */
export function bundledPath(): string {
	const here = import.meta.dirname;
	for (const up of ['..', '../..', '../../..']) {
		const candidate = path.join(here, up, 'data', 'secure-communities.json');
		if (existsSync(candidate)) return candidate;
	}
	return path.join(here, '..', 'data', 'secure-communities.json');
}

/**
 * The bundled story from dist/story.json, or undefined to load it as any file: when there is no
 * such file (running from source), it cannot be read, or the bundled file's size is not the one
 * it was made from (edited since the build).
 */
export function builtStory(directory: string = import.meta.dirname): LoadedTimeline | undefined {
	try {
		const built = JSON.parse(readFileSync(path.join(directory, 'story.json'), 'utf8')) as BuiltStory;
		if (statSync(bundledPath()).size !== built.bytes) return undefined;
		// Nothing in the bundled story needs sanitising (the build checks): shown and raw are one.
		return {timeline: built.timeline, raw: built.timeline, file: bundledName, format: 'sc-timeline', warnings: []};
	} catch {
		return undefined;
	}
}
