import type {LoadedTimeline} from '../core/load.js';

/** What printed output is written as; `timelinejs` only by `export`. */
export type Format = 'text' | 'markdown' | 'json' | 'timelinejs';

/** Everything a printed command needs; commands write through `out` and return their exit code. */
export type CommandContext = {
	loaded: LoadedTimeline;
	/** Positional arguments after the command name. */
	args: string[];
	format: Format;
	width: number;
	color: boolean;
	limit: number | undefined;
	out: (text: string) => void;
	/** A one-line note on stderr (e.g. "no match"). */
	warn: (text: string) => void;
};

export type Command = (context: CommandContext) => number | Promise<number>;
