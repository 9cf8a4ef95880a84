/**
 * The explorer's entry, imported lazily by cli.tsx when stdin and stdout are terminals. It owns
 * the terminal while the explorer runs: the alternate screen, raw mode, the hidden cursor, and
 * giving all of them back on every way out, then resolves with the exit code for cli.tsx.
 */
import process from 'node:process';
import type {EventEmitter} from 'node:events';
import {render, type Instance} from 'ink';
import type {LoadedTimeline, TimelineFile} from './core/load/load-timeline.js';
import {createStyle} from './core/text/style.js';
import {sanitize} from './core/text/sanitize.js';
import {App} from './app.js';
import {defaultStateFiles} from './hooks/use-state-files.js';
import type {Timeline} from './core/model/schema.js';

/**
 * Switch to the alternate screen, start at its top-left corner on a blank screen, hide the cursor,
 * and have pastes marked (bracketed paste, 2004: `ESC [ 200 ~` … `ESC [ 201 ~`), so a paste is
 * text however many control characters it holds, never keys (hooks/use-keys.ts).
 */
export const enterScreen = '\u001B[?1049h\u001B[H\u001B[2J\u001B[?25l\u001B[?2004h';
/**
 * Back to the main screen as it was, cursor shown, pastes unmarked. The alternate screen is cleared first: a
 * terminal that was resized meanwhile (tmux) shrinks the alternate screen back to the main
 * screen's old size on the way out and carries the lines that no longer fit onto the main
 * screen, so they must be blank. `less` does the same.
 */
export const leaveScreen = '\u001B[?2004l\u001B[H\u001B[2J\u001B[?1049l\u001B[?25h';

/**
 * xterm's mouse reporting: 1000 reports presses, releases and the wheel; 1006 writes them as SGR
 * sequences (`ESC [ < b ; x ; y M`), which have no column limit and cannot be mistaken for typing.
 * Turned on with the alternate screen, off with it on every way out.
 */
export const mouseOn = '\u001B[?1000h\u001B[?1006h';
export const mouseOff = '\u001B[?1006l\u001B[?1000l';

/**
 * Stopping and continuing, as less and vim do it: on SIGTSTP (`kill -TSTP`, or a job control
 * stop) the terminal is given back as it was (main screen, cooked mode) before the process stops,
 * so the shell's prompt is not drawn over the explorer; on SIGCONT (`fg`) raw mode and the
 * alternate screen come back and the frame is drawn again at the terminal's size now, which may
 * have changed meanwhile. `enter` and `leave` are what entering and leaving write (the mouse
 * reports go with the screen). `on` registers a listener for the explorer's lifetime.
 */
export function suspendAndResume(
	{stdin, stdout, enter = enterScreen, leave = leaveScreen}: Pick<ExplorerIo, 'stdin' | 'stdout'> & {enter?: string; leave?: string},
	on: (event: string, handler: () => void) => void,
	stop = () => process.kill(process.pid, 'SIGSTOP'),
): void {
	let suspended = false;
	on('SIGTSTP', () => {
		if (suspended) return;
		suspended = true;
		try {
			if (stdin.isTTY && stdin.isRaw) stdin.setRawMode(false);
		} catch {}
		try {
			stdout.write(leave);
		} catch {}
		// A listener for SIGTSTP replaces its default action: stop by the signal that cannot be caught.
		stop();
	});
	on('SIGCONT', () => {
		if (!suspended) return;
		suspended = false;
		try {
			if (stdin.isTTY) stdin.setRawMode(true);
			stdout.write(enter);
			if (!stdout.isTTY) return;
			// Entering the alternate screen cleared it, but Ink writes only what changed since its last
			// frame: a narrower width makes it forget that frame, and the real width draws it whole.
			const [columns, rows] = stdout.getWindowSize();
			stdout.rows = rows;
			stdout.columns = Math.max(1, columns - 1);
			stdout.emit('resize');
			stdout.columns = columns;
			stdout.emit('resize');
		} catch {}
	});
}

/** Exit codes for each way out besides `q` (0): 128 + the signal number, as shells report them. */
export const exitCodes = {interrupt: 130, SIGINT: 130, SIGTERM: 143, SIGHUP: 129, error: 1} as const;

export type ExplorerIo = {
	stdin: NodeJS.ReadStream;
	stdout: NodeJS.WriteStream;
	stderr: NodeJS.WriteStream;
	/** Where signals and uncaught errors are reported: `process`, or a stand-in in tests. */
	events: Pick<EventEmitter, 'on' | 'off'>;
};

export type ExplorerOptions = {
	/** The timeline, loaded before the explorer opens (a small file), or the file to load once it has opened (a large one). */
	loaded: LoadedTimeline | TimelineFile;
	/** Colour on: `color` style; off: `mono` (reverse video, bold, markers; no colour). */
	color: boolean;
	/** Keep the search history and marks between runs (off with --no-history). */
	keep?: boolean;
	/** Report the mouse's wheel and clicks to the explorer (off with --no-mouse). */
	mouse?: boolean;
	/** `--watch`: the file to follow while the explorer runs. */
	watch?: TimelineFile | undefined;
};

/** What the explorer shows while a large file loads: its name and no events. */
function emptyTimeline(title: string): Timeline {
	return {format: 'sc-timeline/1', title, notes: [], sources: [], events: [], topics: [], statements: []};
}

function processIo(): ExplorerIo {
	return {stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, events: process};
}

function describe(error: unknown): string {
	return sanitize((error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '');
}

/**
 * Runs the explorer until it is quit, and resolves with the exit code: 0 after `q`, 130 after
 * Ctrl-C (or SIGINT), 143 after SIGTERM, 129 after SIGHUP, 1 after an uncaught error (with one
 * line on stderr, written after the terminal is restored so it stays readable).
 */
export async function runExplorer({loaded, color, keep = false, mouse = true, watch}: ExplorerOptions, io: ExplorerIo = processIo()): Promise<number> {
	const style = createStyle(color ? 'color' : 'mono');
	const {stdin, stdout, stderr, events} = io;
	// Never on for output that is not a terminal: nothing would turn the reports into actions.
	const withMouse = mouse && stdout.isTTY === true;
	let instance: Instance | undefined;
	let restored = false;

	/** Gives the terminal back; safe to call more than once and on a terminal that has gone away. */
	const restore = () => {
		if (restored) return;
		restored = true;
		try {
			if (stdin.isTTY && stdin.isRaw) stdin.setRawMode(false);
		} catch {}
		try {
			stdout.write((withMouse ? mouseOff : '') + leaveScreen);
		} catch {}
	};

	return new Promise<number>(resolve => {
		let settled = false;
		const handlers: Array<[string, (...args: unknown[]) => void]> = [];
		const finish = (code: number, message?: string) => {
			if (settled) return;
			settled = true;
			// Removed a turn later: Ink's signal-exit, unloaded by unmount() below, would otherwise see
			// no other listener for the signal being handled and re-raise it, killing the process.
			setImmediate(() => {
				for (const [event, handler] of handlers) events.off(event, handler);
			});
			try {
				// Ink draws its last frame, shows the cursor and leaves raw mode; all still on the alternate screen.
				instance?.unmount();
			} catch {}
			restore();
			if (message !== undefined) {
				try {
					stderr.write(`sc-timeline: ${message}\n`);
				} catch {}
			}
			resolve(code);
		};
		const on = (event: string, handler: (...args: unknown[]) => void) => {
			handlers.push([event, handler]);
			events.on(event, handler);
		};
		// Our own listeners also stop Ink's signal-exit from re-raising the signal before the terminal is restored.
		on('SIGINT', () => finish(exitCodes.SIGINT));
		on('SIGTERM', () => finish(exitCodes.SIGTERM));
		on('SIGHUP', () => finish(exitCodes.SIGHUP));
		on('uncaughtException', (error: unknown) => finish(exitCodes.error, `internal error: ${describe(error)}`));
		on('unhandledRejection', (error: unknown) => finish(exitCodes.error, `internal error: ${describe(error)}`));
		// Anything that ends the process some other way still gets its terminal back.
		on('exit', restore);
		// Stopped, the terminal gets its mouse back with its main screen; continued, the explorer takes both again.
		suspendAndResume({stdin, stdout, enter: enterScreen + (withMouse ? mouseOn : ''), leave: (withMouse ? mouseOff : '') + leaveScreen}, on);

		try {
			stdout.write(enterScreen + (withMouse ? mouseOn : ''));
			const pending = 'timeline' in loaded ? undefined : {...loaded, fail: (message: string) => finish(exitCodes.error, message)};
			const timeline = 'timeline' in loaded ? loaded.timeline : emptyTimeline(loaded.shown);
			const warnings = 'timeline' in loaded ? loaded.warnings : undefined;
			instance = render(<App timeline={timeline} style={style} stateFiles={keep ? defaultStateFiles(loaded.file) : undefined} watch={watch} pending={pending} warnings={warnings} />, {
				stdin,
				stdout,
				stderr,
				// Ctrl-C is a key like any other: the reducer turns it into exit code 130.
				exitOnCtrlC: false,
				// Console output would be drawn into the full-screen frame; nothing here logs.
				patchConsole: false,
				// Ink merges renders closer than 1000/maxFps ms; 120 keeps a held key responsive.
				maxFps: 120,
			});
		} catch (error) {
			finish(exitCodes.error, `internal error: ${describe(error)}`);
			return;
		}
		instance.waitUntilExit().then(
			(result: unknown) => finish(typeof result === 'number' ? result : 0),
			(error: unknown) => finish(exitCodes.error, `internal error: ${describe(error)}`),
		);
	});
}
