/**
 * Loading a large timeline without holding the thread that draws the screen: the file is read in
 * chunks, with progress reported as they come in, then parsed and checked a slice at a time
 * (load-sliced.ts), so the explorer draws its frame and reads keys while a file of hundreds of
 * megabytes comes in.
 * Small files do not come here: `loadTimeline` reads them at once (see `largeBytes` in cli.tsx).
 */
import {maxFileBytes, ReadError, readBytes, readError} from '../read-file.js';
import {utf16Problem} from '../text-file.js';
import {readAhead, type ReadAhead} from './read-ahead.js';
import type {LoadedTimeline, LoadOptions} from '../load-timeline.js';
import {loadSliced, type FilePart, type Prepare, type SlicedProgress} from './sliced.js';
import {lastArrayKey, opensArray} from './json-layout.js';
import type {Timeline} from '../../model/schema.js';
import type {ArticleReading} from './lazy-sources.js';
import type {FileOnDisk} from './file-on-disk.js';

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
 * it goes, with a preview (the first events, without articles) once the events are in. With
 * `onBytes` (the search worker, which reads the articles alongside), only the file's last part,
 * its events, is read here when the file keeps them last, as sc-timeline writes it: the worker is
 * told the file as soon as it is known and reads it on its own thread, a part at a time. What it
 * says back about the articles spares this thread reading them; each thread lets go of its bytes as
 * soon as it is done with them, the file's articles being read again from the file when shown (see
 * `loadSliced` and `FilePart`). A file read whole here (its events not last) goes to `onBytes`
 * when the worker was not told it already. `early`: the file's reading, when it began before
 * (read-ahead.ts), for the last `"events"` on or whole as `onBytes` is given or not.
 */
export async function loadProgressively(
	file: string,
	shown: string,
	options: LoadOptions,
	onProgress: (progress: LoadProgress, preview?: Timeline) => void,
	onBytes?: (bytes: Uint8Array | undefined, file?: FileOnDisk) => ArticleReading | undefined,
	prepare?: Prepare,
	early?: ReadAhead,
): Promise<LoadedTimeline> {
	// With a worker to read the articles, only the events' part is read here: the worker reads the file itself.
	const reading = early ?? readAhead(file, onBytes === undefined ? undefined : 'events');
	const reported = (done: number, size: number) => onProgress({phase: 'reading', fraction: done / size / 2, bytes: size});
	reading.follow(reported);
	const before = await reading.before;
	// Only the events' part read here: the worker reads the file itself, from now on, alongside (a file the reader refuses, never).
	const found = before?.isFile() === true && before.size <= maxFileBytes ? {path: file, size: before.size, mtimeMs: before.mtimeMs} : undefined;
	const alongside = reading.lastKey !== undefined && onBytes !== undefined && found !== undefined ? onBytes(undefined, found) : undefined;
	const worded = async <T>(read: Promise<T>): Promise<T> => {
		try {
			return await read;
		} catch (error) {
			throw readError(error, shown, 'a JSON file');
		}
	};
	const read = await worded(reading.read);
	const utf16 = utf16Problem('whole' in read ? read.whole : read.tail.first);
	if (utf16 !== undefined) throw new ReadError(shown, utf16);
	const size = 'whole' in read ? read.whole.length : read.tail.size;
	const report = (progress: SlicedProgress, preview?: Timeline) => onProgress({...progress, bytes: size}, preview);
	// The file as it was when its reading began, if what was read is that file's size.
	const disk = found?.size === size ? found : undefined;
	if ('tail' in read) {
		const {bytes, from, memory} = read.tail;
		if (alongside !== undefined && disk !== undefined && opensArray(bytes, 'events', 0)) return loadSliced({bytes, from, disk, memory}, shown, options, report, alongside, prepare);
	}
	// Else the whole file (read now, if only its last part was), beside the worker if it reads it too.
	const bytes = 'whole' in read ? read.whole : await worded(readBytes(file, {onProgress: reported}));
	if (alongside !== undefined) return loadSliced(bytes, shown, options, report, alongside, prepare);
	// The events' part, when it is the smaller part of the file: the rest goes to the worker.
	const from = onBytes === undefined || disk === undefined ? undefined : lastArrayKey(bytes, 'events');
	if (onBytes === undefined || disk === undefined || from === undefined || from < size / 2) return loadSliced(bytes, shown, options, report, undefined, prepare);
	const part: FilePart = {bytes: Buffer.from(bytes.subarray(from)), from, disk};
	return loadSliced(part, shown, options, report, onBytes(bytes, disk), prepare);
}
