/** The help overlay: every binding from the key table, scrollable. */
import {visibleRange} from '../core/viewport.js';
import {Lines} from './Lines.js';

export type OverlayProps = {
	lines: readonly string[];
	top: number;
	width: number;
	height: number;
};

/** The visible slice of an overlay's lines, with a one-column margin. */
export function overlaySlice({lines, top, height}: OverlayProps): string[] {
	const {from, to} = visibleRange(top, height, lines.length);
	return lines.slice(from, to).map(line => (line === '' ? '' : ` ${line}`));
}

export function Help(props: OverlayProps) {
	return <Lines lines={overlaySlice(props)} width={props.width} height={props.height} />;
}
