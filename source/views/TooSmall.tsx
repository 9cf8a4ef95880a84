/** What a terminal below the minimum size shows instead of a broken screen. */
import {minColumns, minRows} from '../core/screen/layout.js';
import {truncate} from '../core/text/width.js';
import {Lines} from './Lines.js';

export type TooSmallProps = {columns: number; rows: number; height: number};

/** The message, one short line each, cut to the width; as many lines as the height allows. */
export function tooSmallLines(columns: number, rows: number, height: number): string[] {
	const lines = ['Terminal too small', `${columns}×${rows}, need ${minColumns}×${minRows}`, 'q to quit'];
	return lines.slice(0, Math.max(0, height)).map(line => truncate(line, columns));
}

export function TooSmall({columns, rows, height}: TooSmallProps) {
	if (height <= 0 || columns <= 0) return null;
	return <Lines lines={tooSmallLines(columns, rows, height)} width={columns} height={Math.min(height, 3)} />;
}
