/**
 * Loading a large timeline without holding the thread that draws the screen: the file is read in
 * chunks, with progress reported between them, then parsed and checked a slice at a time
 * (load-sliced.ts), so the explorer draws its frame and reads keys while a file of hundreds of
 * megabytes comes in.
 * Small files do not come here: `loadTimeline` reads them at once (see `largeBytes` in cli.tsx).
 */
import {ReadError, readBytes, readError, utf16Problem} from '../read-file.js';
import type {LoadedTimeline, LoadOptions} from '../load-timeline.js';
import {loadSliced, type Prepare, type SlicedProgress} from './sliced.js';
import type {Timeline} from '../../model/schema.js';
import type {ArticleReading} from './lazy-sources.js';

/** Bytes read per step: small enough that a frame and keys come in between, large enough to read at full speed. */
const chunkBytes = 4 * 1024 * 1024;

/** Where a load has got to, for the screen: a phase, a fraction done, and the file's size in bytes. */
export type LoadProgress = {phase: 'reading' | SlicedProgress['phase']; fraction: number; bytes: number};

const phaseWords = {reading: 'reading', scanning: 'reading', events: 'reading events', articles: 'reading articles', checking: 'checking'} as const;

/** `reading 40% of 220 MB`, `reading articles 35%`: what the header shows while a file loads. */
export function progressText({phase, fraction, bytes}: LoadProgress): string {
	const percent = `${Math.min(100, Math.floor(fraction * 100))}%`;
	if (phase === 'reading') return `reading ${percent} of ${Math.max(1, Math.round(bytes / 1048576))} MB`;
	// Reading the file and laying out its text, one bar: the first half is the bytes, the second the text.
	if (phase === 'scanning') return `reading ${Math.min(100, 50 + Math.floor(fraction * 50))}% of ${Math.max(1, Math.round(bytes / 1048576))} MB`;
	if (phase === 'checking') return 'checking references…';
	// How far the search worker has got is not known here: no figure.
	return Number.isNaN(fraction) ? `${phaseWords[phase]}…` : `${phaseWords[phase]} ${percent}`;
}

/**
 * Reads, parses and checks the timeline at `file` (`shown` in messages), calling `onProgress` as
 * it goes, with a preview (the first events, without articles) once the events are in. The bytes
 * are read into shared memory and handed to `onBytes` as soon as they are in, so another thread
 * (the search worker) can read the same file alongside, without a copy; what it says back about
 * the file's articles spares this thread reading them (see `loadSliced`).
 */
export async function loadProgressively(
	file: string,
	shown: string,
	options: LoadOptions,
	onProgress: (progress: LoadProgress, preview?: Timeline) => void,
	onBytes?: (bytes: Uint8Array) => ArticleReading | undefined,
	prepare?: Prepare,
): Promise<LoadedTimeline> {
	let bytes: Buffer;
	try {
		bytes = await readBytes(file, {shared: true, chunkBytes, onProgress: (done, size) => onProgress({phase: 'reading', fraction: done / size / 2, bytes: size})});
	} catch (error) {
		throw readError(error, shown, 'a JSON file');
	}
	const utf16 = utf16Problem(bytes);
	if (utf16 !== undefined) throw new ReadError(shown, utf16);
	const articles = onBytes?.(bytes);
	return loadSliced(bytes, shown, options, (progress, preview) => onProgress({...progress, bytes: bytes.length}, preview), articles, prepare);
}
