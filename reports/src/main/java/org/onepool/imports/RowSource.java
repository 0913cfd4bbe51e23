package org.onepool.imports;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/** The rows of one extract file, read one at a time so a large file never sits in memory whole. */
interface RowSource extends Closeable {
    /** Column names, as the header row gives them (trimmed; a byte-order mark removed). */
    List<String> header();

    /** Where the header row is (line or row number). */
    long headerLine();

    /** The next data row, or null at the end. */
    RawRow next() throws IOException;

    /** How a place in the file is named in messages: "line 12" or "sheet 'Staff' row 12". */
    String where(long line);

    /** What the reader noticed about the file's form (encoding, separator), for the summary. */
    String form();
}
