/** A block of pre-styled lines, exactly `height` rows tall; each line is cut at the block's width. */
import {Box, Text} from 'ink';

export type LinesProps = {
	lines: readonly string[];
	width: number;
	height: number;
};

/**
 * A line as the terminal is to draw it: without soft hyphens (U+00AD), which a terminal draws a
 * column wide where widths count none (moving the rest of the row, the divider with it, a column
 * right), and which a reader sees only where a word breaks. The text itself keeps them: export,
 * JSON and the sheet write them back.
 */
const drawn = (line: string) => (line.includes('\u00AD') ? line.replaceAll('\u00AD', '') : line);

/**
 * Rows are keyed by position, so moving through a list changes the text of the same few Text
 * nodes instead of mounting new ones. Empty lines are drawn as a space: an empty Text has no
 * height in Ink, which would pull the rows below it up.
 */
export function Lines({lines, width, height}: LinesProps) {
	const rows: string[] = [];
	for (let index = 0; index < height; index++) rows.push(drawn(lines[index] || ' '));
	return (
		<Box flexDirection="column" width={width} height={height}>
			{rows.map((line, index) => (
				// biome-ignore lint/suspicious/noArrayIndexKey: keyed by position on purpose (see above)
				<Text key={index} wrap="truncate">
					{line}
				</Text>
			))}
		</Box>
	);
}
