/**
 * The printed commands by name. Each lives in its own file and shares the core with the explorer.
 * Each is imported only when it runs, so `summary` does not pay for loading fuse.js or diff.
 */
import type {Command} from './context.js';

export const commands: Record<string, () => Promise<Command>> = {
	summary: async () => (await import('./summary.js')).summary,
	events: async () => (await import('./events.js')).events,
	show: async () => (await import('./show.js')).show,
	export: async () => (await import('./export.js')).exportTimeline,
	diff: async () => (await import('./diff.js')).diff,
	search: async () => (await import('./search.js')).search,
	check: async () => (await import('./check.js')).check,
	source: async () => (await import('./source.js')).source,
	cite: async () => (await import('./cite.js')).cite,
	init: async () => (await import('./init.js')).init,
};

/** Every command name the CLI accepts. */
export const commandNames = Object.keys(commands);
