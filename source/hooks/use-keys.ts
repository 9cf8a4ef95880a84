/**
 * Key presses as actions. The handler only names the key and dispatches; the reducer resolves
 * the name with the state it holds, so keys typed faster than frames are never applied to a
 * stale state.
 */
import {useCallback, type Dispatch} from 'react';
import {useInput, useStdin, type Key} from 'ink';
import type {Action} from '../state/messages.js';
import {keyName} from '../state/keys.js';

/** Dispatches `{type: 'key'}` for every key press (only where the input can be put in raw mode). */
export function useKeys(dispatch: Dispatch<Action>): void {
	const {isRawModeSupported} = useStdin();
	const handler = useCallback((input: string, key: Key) => dispatch({type: 'key', name: keyName(input, key), input}), [dispatch]);
	useInput(handler, {isActive: isRawModeSupported === true});
}
