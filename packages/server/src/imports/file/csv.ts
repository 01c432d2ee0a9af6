import { parse, type Info } from 'csv-parse';
import { hasContent, UnreadableFile, type SourceRow } from './rows.js';

// a copy only when there is a \r to replace: most files have none
const unixLines = (text: string) => (text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text);

/** UTF-8 text of the parts, every line break as `\n`; a byte that is not UTF-8 throws. */
async function* lines(parts: AsyncIterable<Buffer>): AsyncGenerator<string> {
  // fatal: a file saved in another encoding (Windows-1251, say) is unreadable, not mangled
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let carry = '';
  try {
    for await (const part of parts) {
      const text = carry + decoder.decode(part, { stream: true });
      // a \r at the end may be the first half of \r\n
      carry = text.endsWith('\r') ? '\r' : '';
      yield unixLines(carry ? text.slice(0, -1) : text);
    }
    yield unixLines(carry + decoder.decode());
  } catch (error) {
    if (error instanceof TypeError) throw new UnreadableFile(null, { cause: error });
    throw error;
  }
}

const isComment = (line: string) => line.startsWith('#');

const sliceLength = 16 * 1024;

/** A text in slices of about sliceLength, never between the halves of a surrogate pair. */
function* slices(text: string): Generator<string> {
  for (let start = 0; start < text.length;) {
    let end = Math.min(start + sliceLength, text.length);
    const code = text.charCodeAt(end);
    if (code >= 0xdc00 && code <= 0xdfff) end += 1;
    yield text.slice(start, end);
    start = end;
  }
}

/** Until a stream wants more, or is closed. */
const drained = (stream: NodeJS.WritableStream & NodeJS.EventEmitter) =>
  new Promise<void>((resolve) => {
    const done = () => {
      stream.off('drain', done).off('close', done);
      resolve();
    };
    stream.on('drain', done).on('close', done);
  });

/**
 * The separator the header line uses: the one of `;` and `,` found more often outside
 * quotes (the keys hold neither), so a file saved by a Polish or Russian Excel is read too.
 */
export function separatorOf(header: string): ';' | ',' {
  let quoted = false;
  let semicolons = 0;
  let commas = 0;
  for (const char of header) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && char === ';') semicolons++;
    else if (!quoted && char === ',') commas++;
  }
  return semicolons > commas ? ';' : ',';
}

/** The text up to its header line (read on no further), and that line. */
async function findHeader(text: AsyncGenerator<string>) {
  let seen = '';
  // not for-await: leaving that loop would close the text, which the parser reads on
  for (let next = await text.next(); !next.done; next = await text.next()) {
    seen += next.value;
    const complete = seen.split('\n').slice(0, -1);
    const header = complete.find((line) => line.trim() !== '' && !isComment(line));
    if (header !== undefined) return { header, seen };
  }
  return { header: seen.split('\n').find((line) => !isComment(line)) ?? '', seen };
}

/**
 * The rows of a CSV file (UTF-8, comma or semicolon separated, `#` comment lines skipped),
 * numbered by the line each starts on, comment and blank lines counted.
 */
export async function* csvRows(parts: AsyncIterable<Buffer>): AsyncGenerator<SourceRow> {
  const text = lines(parts);
  const { header, seen } = await findHeader(text);
  const parser = parse({
    delimiter: separatorOf(header),
    record_delimiter: '\n',
    comment: '#',
    comment_no_infix: true,
    skip_empty_lines: true,
    relax_column_count: true,
    relax_quotes: true,
    info: true,
  });
  // written as the parser asks for more, a slice at a time, so it holds a few hundred
  // records at most rather than a whole part's; stopped when the rows are no longer wanted
  const feeding = (async () => {
    for (let piece: string | null = seen; piece !== null;) {
      for (const part of slices(piece)) {
        if (parser.destroyed) return;
        if (!parser.write(part)) await drained(parser);
      }
      const next = await text.next();
      piece = next.done ? null : next.value;
    }
    parser.end();
  })().catch((error: unknown) => parser.destroy(error as Error));
  // the line after the previous record, and the skipped lines counted up to it
  let ended = 0;
  let skipped = 0;
  try {
    for await (const { record, info } of parser as AsyncIterable<{
      record: string[];
      info: Info;
    }>) {
      const nowSkipped = info.comment_lines + info.empty_lines;
      const row = ended + 1 + nowSkipped - skipped;
      ended = info.lines;
      skipped = nowSkipped;
      // trimmed in place: the record is this row's own
      for (let i = 0; i < record.length; i++) record[i] = record[i]?.trim() ?? '';
      if (hasContent(record)) yield { row, cells: record };
    }
  } catch (error) {
    if (error instanceof UnreadableFile) throw error;
    // a parser's error counts the lines as its info does: said of the record it was in
    const at = error as Partial<Info>;
    const row =
      at.comment_lines === undefined || at.empty_lines === undefined
        ? null
        : ended + 1 + at.comment_lines + at.empty_lines - skipped;
    throw new UnreadableFile(row, { cause: error });
  } finally {
    if (!parser.destroyed) parser.destroy();
    await feeding;
    await text.return(undefined);
  }
}
