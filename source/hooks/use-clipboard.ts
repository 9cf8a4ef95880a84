/**
 * Sends what the reducer asked to copy (`y`, `Y`) to the terminal's clipboard with OSC 52: an
 * effect, so the reducer stays pure. Where the terminal cannot take it (stdout not a terminal,
 * TERM=dumb) nothing is written and the status line says so.
 */
import {useEffect, type Dispatch} from 'react';
import {useStdout} from 'ink';
import {canCopy, osc52, type CopyRequest} from '../core/session/clipboard.js';
import type {Action} from '../state/messages.js';

export type ClipboardOptions = {
	/** The newest copy asked for (its serial changes with each one); none: nothing to copy yet. */
	copy: CopyRequest | undefined;
	dispatch: Dispatch<Action>;
};

export function useClipboard({copy, dispatch}: ClipboardOptions): void {
	const {stdout} = useStdout();
	const serial = copy?.serial;
	// biome-ignore lint/correctness/useExhaustiveDependencies: one write per copy asked for, named by its serial
	useEffect(() => {
		if (copy === undefined) return;
		const sequence = osc52(copy.text);
		if (sequence === undefined) return;
		if (!canCopy({isTTY: stdout.isTTY, env: process.env})) {
			dispatch({type: 'copyRefused', reason: 'this terminal takes no clipboard sequence (not a terminal, or TERM=dumb)'});
			return;
		}
		stdout.write(sequence);
	}, [serial]);
}
