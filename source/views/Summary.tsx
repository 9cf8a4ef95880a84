/** The summary overlay: exactly the lines `sc-timeline summary` prints (see core/format/summary.ts), scrollable. */
import {Lines} from './Lines.js';
import {overlaySlice, type OverlayProps} from './Help.js';

export function Summary(props: OverlayProps) {
	return <Lines lines={overlaySlice(props)} width={props.width} height={props.height} />;
}
