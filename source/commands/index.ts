/** The printed commands by name. Each lives in its own file and shares the core with the explorer. */
import type {Command} from './context.js';
import {summary} from './summary.js';
import {events} from './events.js';
import {show} from './show.js';
import {exportTimeline} from './export.js';
import {diff} from './diff.js';
import {search} from './search.js';

export const commands: Record<string, Command> = {
	summary,
	events,
	show,
	export: exportTimeline,
	diff,
	search,
};

/** Every command name the CLI accepts, including those the explorer-less build handles elsewhere. */
export const commandNames = Object.keys(commands);
