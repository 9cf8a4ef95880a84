/**
 * Key presses as actions. The handler only names the key and dispatches; the reducer resolves
 * the name with the state it holds, so keys typed faster than frames are never applied to a
 * stale state. Replies a terminal writes to the input (state/replies.ts) are dropped, not typed.
 * Mouse reports (xterm's SGR mode, which ui.tsx turns on) become `mouse` actions: Ink 6.8 passes
 * them on as unnamed escape sequences, one per input event.
 */
import {useCallback, useEffect, useRef, type Dispatch} from 'react';
import {useInput, useStdin, type Key} from 'ink';
import type {Action} from '../state/messages.js';
import {keyName, parseMouse, splitKeys} from '../state/key-names.js';
import {classifyInput, type Classified} from '../state/replies.js';

/** Dispatches `{type: 'key'}` for every key press (only where the input can be put in raw mode). */
export function useKeys(dispatch: Dispatch<Action>): void {
	const {isRawModeSupported, internal_eventEmitter: events} = useStdin();
	const active = isRawModeSupported === true;
	// Ink hands useInput each event with its escape stripped; this listener, put in front, sees it raw.
	const last = useRef<Classified>({kind: 'key', inString: false});
	const raw = useRef('');
	useEffect(() => {
		if (!active) return;
		const classify = (input: string) => {
			raw.current = input;
			last.current = classifyInput(input, last.current.inString);
			if (last.current.kind !== 'sequence') return;
			const mouse = parseMouse(input);
			if (mouse) dispatch({type: 'mouse', ...mouse});
		};
		events.prependListener('input', classify);
		return () => {
			events.off('input', classify);
		};
	}, [active, events, dispatch]);
	const handler = useCallback(
		(input: string, key: Key) => {
			const {kind, rest} = last.current;
			const name = keyName(input, key, raw.current);
			if (kind === 'reply') {
				for (const typed of splitKeys(rest ?? '')) dispatch({type: 'key', name: typed, input: [...typed].length === 1 ? typed : ''});
				return;
			}
			if (kind === 'sequence' && name === undefined) return;
			dispatch({type: 'key', name, input});
		},
		[dispatch],
	);
	useInput(handler, {isActive: active});
}
