import type {LoadedTimeline} from '../core/load/load-timeline.js';
import type {Filter} from '../core/filter/field-filter.js';

/** What printed output is written as; `timelinejs` only by `export`. */
export type Format = 'text' | 'markdown' | 'json' | 'timelinejs';

/** Everything a printed command needs; commands write through `out` and return their exit code. */
export type CommandContext = {
	loaded: LoadedTimeline;
	/** Positional arguments after the command name. */
	args: string[];
	/** The parsed flags, for a command with options of its own (`source`). */
	options?: Readonly<Record<string, unknown>>;
	format: Format;
	width: number;
	color: boolean;
	limit: number | undefined;
	/**
	 * The file named by `--data`, for a command that can read only the part of it it needs (`show`),
	 * given when it may (no filter, no `--strict`); `loaded` then reads the whole file only if asked.
	 */
	file?: string;
	/** `--filter`, `--since`, `--until`; `loaded` is already narrowed to it, except for `search`. */
	filter?: Filter | undefined;
	out: (text: string) => void;
	/** A one-line note on stderr (e.g. "no match"). */
	warn: (text: string) => void;
};

export type Command = (context: CommandContext) => number | Promise<number>;
