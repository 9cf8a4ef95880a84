/**
 * Key presses as actions. The handler only names the key and dispatches; the reducer resolves
 * the name with the state it holds, so keys typed faster than frames are never applied to a
 * stale state. Replies a terminal writes to the input (state/replies.ts) are dropped, not typed.
 * Mouse reports (xterm's SGR mode, which ui.tsx turns on) become `mouse` actions: Ink 6.8 passes
 * them on as unnamed escape sequences, one per input event. A bracketed paste (also turned on
 * there) becomes one `paste` action, its text never read as keys.
 */
import {useCallback, useEffect, useRef, type Dispatch} from 'react';
import {useInput, useStdin, type Key} from 'ink';
import type {Action} from '../state/messages.js';
import {keyName, parseMouse, splitKeys} from '../state/key-names.js';
import {classifyInput, type Classified} from '../state/replies.js';

/** The marks a terminal puts around a paste in bracketed-paste mode (ui.tsx turns it on). */
const pasteStart = '\u001B[200~';
const pasteEnd = '\u001B[201~';
/** How long a paste may go without input before it is taken as ended (its end mark lost), and how long it may last in all. */
const pasteWaitMs = 1000;
const pasteMostMs = 3000;

/** Dispatches `{type: 'key'}` for every key press, `{type: 'paste'}` for every paste (only where the input can be put in raw mode). */
export function useKeys(dispatch: Dispatch<Action>): void {
	const {isRawModeSupported, internal_eventEmitter: events} = useStdin();
	const active = isRawModeSupported === true;
	// Ink hands useInput each event with its escape stripped; this listener, put in front, sees it raw.
	const last = useRef<Classified>({kind: 'key', inString: false});
	const raw = useRef('');
	/** A bracketed paste's text so far, between its marks; `taken`: the input event just read was part of one. */
	const paste = useRef<string | undefined>(undefined);
	/** The first bytes of a start mark that came alone (a paste arriving in pieces): held until the next input says whether it is one. */
	const partial = useRef('');
	const taken = useRef(false);
	useEffect(() => {
		if (!active) return;
		let timer: NodeJS.Timeout | undefined;
		/** When the paste being read began. */
		let started = 0;
		const finish = (text: string) => {
			clearTimeout(timer);
			paste.current = undefined;
			dispatch({type: 'paste', text});
		};
		// A paste is text: collected whole, control characters and all, and given as one action at its end mark, which may come in pieces.
		const collect = (text: string) => {
			const collected = (paste.current ?? '') + text;
			const end = collected.indexOf(pasteEnd);
			if (end !== -1) {
				finish(collected.slice(0, end));
				return;
			}
			if (paste.current === undefined) started = performance.now();
			paste.current = collected;
			// An end mark that never comes (lost, or cut off) must not hold the keys: a second without input ends the paste as it is,
			// and so does typing on for a few seconds (a terminal that sent a start mark alone).
			clearTimeout(timer);
			const wait = Math.min(pasteWaitMs, pasteMostMs - (performance.now() - started));
			timer = setTimeout(
				() => {
					if (paste.current !== undefined) finish(paste.current);
				},
				Math.max(0, wait),
			);
		};
		const classify = (input: string) => {
			raw.current = input;
			taken.current = true;
			if (paste.current !== undefined) {
				collect(input);
				return;
			}
			const joined = partial.current + input;
			partial.current = '';
			if (joined.startsWith(pasteStart)) {
				collect(joined.slice(pasteStart.length));
				return;
			}
			if (input.length >= 3 && input.length < pasteStart.length && pasteStart.startsWith(input)) {
				partial.current = input;
				return;
			}
			taken.current = false;
			last.current = classifyInput(input, last.current.inString);
			if (last.current.kind !== 'sequence') return;
			const mouse = parseMouse(input);
			if (mouse) dispatch({type: 'mouse', ...mouse});
		};
		events.prependListener('input', classify);
		return () => {
			clearTimeout(timer);
			events.off('input', classify);
		};
	}, [active, events, dispatch]);
	const handler = useCallback(
		(input: string, key: Key) => {
			if (taken.current) return;
			const {kind, rest} = last.current;
			const name = keyName(input, key, raw.current);
			if (kind === 'reply') {
				for (const typed of splitKeys(rest ?? '')) dispatch({type: 'key', name: typed, input: [...typed].length === 1 ? typed : ''});
				return;
			}
			if (kind === 'sequence' && name === undefined) return;
			// Raw mode makes Ctrl-Z a byte rather than the terminal's stop signal: raise the signal, as
			// less and vim do, and ui.tsx gives the terminal back before the process stops.
			if (name === 'ctrl+z') {
				process.kill(process.pid, 'SIGTSTP');
				return;
			}
			dispatch({type: 'key', name, input});
		},
		[dispatch],
	);
	useInput(handler, {isActive: active});
}
