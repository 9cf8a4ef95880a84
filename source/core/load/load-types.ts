/**
 * What loading gives and takes, declared apart from the loader so that the bundled story
 * (bundled-story.ts), which the loader imports, can name them too.
 */
import type {Timeline} from '../model/schema.js';
import type {ReadAhead} from './large/read-ahead.js';

export type LoadedTimeline = {
	/** The timeline with every string sanitised, events in date order: what screens and text output show. */
	timeline: Timeline;
	/** The same timeline with strings exactly as in the file: what JSON output writes. */
	raw: Timeline;
	/** The file it came from, as the user named it. */
	file: string;
	format: 'sc-timeline' | 'timelinejs';
	/**
	 * What was left out of a TimelineJS file, one line each naming the file and the place
	 * (`file: events[152].start_date.year: empty; event skipped`): for the caller to print.
	 */
	warnings?: string[];
};

/** How to load. */
export type LoadOptions = {
	/** A TimelineJS event (or era) that cannot be read is an error, not a warning. */
	strict?: boolean;
};

/** A timeline file the explorer shows, and how to load it: loaded after the explorer opens (a large file) or followed under `--watch`. */
export type TimelineFile = {
	/** The path to read. */
	file: string;
	/** Its name in messages, as the user gave it. */
	shown: string;
	options?: LoadOptions;
	/** What the explorer shows of the loaded file (the `--filter`ed events). */
	narrow?: (loaded: LoadedTimeline) => LoadedTimeline;
	/** The file's bytes, being read already (a large file the explorer loads: see read-ahead.ts). */
	early?: ReadAhead;
	/** A large sheet's thread, reading it already (see sheet/sheet-thread.ts). */
	sheet?: StartedThread;
};

/**
 * A thread started ahead of its listener (a large sheet's: sheet/sheet-thread.ts): what it says,
 * kept until `listen` is called, then as it says it; and how it ended.
 */
export type StartedThread = {
	listen(listener: {answer: (message: unknown) => void; end: (how: {error: Error} | {code: number}) => void}): void;
	stop(): void;
};
