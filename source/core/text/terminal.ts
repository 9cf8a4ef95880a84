/** Decisions about the terminal made once at start-up: colour and width. Pure functions of their inputs. */

export type ColorInputs = {
	/** `false` when `--no-color` was given. */
	flag: boolean;
	env: NodeJS.ProcessEnv;
	/** Whether the stream is a terminal that can show colour (`stream.hasColors?.()`). */
	streamHasColors: boolean;
};

/**
 * Colour is on only for a colour terminal, and off for `--no-color`, `NO_COLOR` (any non-empty
 * value) and `TERM=dumb`. `FORCE_COLOR` (other than `0`/`false`) turns it on even in a pipe.
 */
export function colorEnabled({flag, env, streamHasColors}: ColorInputs): boolean {
	if (!flag) return false;
	if (env['NO_COLOR'] !== undefined && env['NO_COLOR'] !== '') return false;
	const force = env['FORCE_COLOR'];
	if (force !== undefined) return !(force === '0' || force === 'false');
	if (env['TERM'] === 'dumb') return false;
	return streamHasColors;
}

/**
 * The environment for asking a stream whether it shows colour: Node's `hasColors` takes `NO_COLOR`
 * set to anything, even empty, as no colour, where the convention (and `colorEnabled`) takes only a
 * non-empty value.
 */
export function colorEnvironment(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
	if (env['NO_COLOR'] !== '') return env;
	const {NO_COLOR: _empty, ...rest} = env;
	return rest;
}

/** Wrap width for printed text: `--width`, else the terminal's columns, else 80. */
export function outputWidth(flag: number | undefined, columns: number | undefined): number {
	if (flag !== undefined) return flag;
	if (columns !== undefined && columns > 0) return columns;
	return 80;
}
