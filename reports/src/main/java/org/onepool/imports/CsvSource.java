package org.onepool.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV extract as HR systems write them: UTF-8 with or without a byte-order mark, or Windows-1252 (what
 * Excel saves on a UK Windows machine); separated by commas, semicolons (Excel in much of Europe) or tabs,
 * whichever the first lines use most; title lines above the header are skipped (the header is the first
 * line holding every column the mapping names).
 */
final class CsvSource implements RowSource {
    private static final int SNIFF_BYTES = 64 * 1024;
    private static final int MAX_TITLE_LINES = 20;

    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final List<String> header;
    private final long headerLine;
    private final String form;

    private CsvSource(CSVParser parser, List<String> header, long headerLine, String form) {
        this.parser = parser;
        this.records = parser.iterator();
        this.header = header;
        this.headerLine = headerLine;
        this.form = form;
    }

    static CsvSource open(Path file, Set<String> wanted) throws IOException, ExtractFileException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(SNIFF_BYTES);
        }
        boolean bom = head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF;
        Charset charset = bom || isUtf8(file) ? StandardCharsets.UTF_8 : Charset.forName("windows-1252");
        String sample = new String(head, charset);
        char delimiter = delimiter(sample);
        Reader reader = new InputStreamReader(Files.newInputStream(file), strict(charset));
        if (bom) reader.skip(1);
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false)
                .setIgnoreSurroundingSpaces(true).get();
        CSVParser parser = format.parse(reader);
        Iterator<CSVRecord> records = parser.iterator();
        List<String> header = null;
        long line = 0;
        List<String> first = null;
        for (int k = 0; k < MAX_TITLE_LINES && records.hasNext(); k++) {
            CSVRecord r = records.next();
            line = r.getParser().getCurrentLineNumber();
            List<String> cells = new ArrayList<>();
            for (String c : r) cells.add(c.strip());
            if (first == null && cells.stream().anyMatch(c -> !c.isEmpty())) first = cells;
            if (cells.containsAll(wanted)) {
                header = cells;
                break;
            }
        }
        if (header == null) {
            parser.close();
            if (first == null) throw new ExtractFileException("an empty file; expected a header row and data");
            List<String> missing = new ArrayList<>(wanted);
            missing.removeAll(first);
            throw new ExtractFileException("no column " + quoteAll(missing) + " (the first line has " + quoteAll(first)
                    + "); expected every column the mapping names, on one header line");
        }
        String form = (charset == StandardCharsets.UTF_8 ? "UTF-8" : "Windows-1252") + (bom ? " with byte-order mark" : "")
                + ", separated by " + switch (delimiter) {
                    case ';' -> "semicolons";
                    case '\t' -> "tabs";
                    default -> "commas";
                };
        return new CsvSource(parser, header, line, form);
    }

    /** Whether the whole file decodes as UTF-8 (checked as a stream, so a large file costs no memory). */
    private static boolean isUtf8(Path file) throws IOException {
        CharsetDecoder decoder = strict(StandardCharsets.UTF_8);
        try (Reader r = new InputStreamReader(Files.newInputStream(file), decoder)) {
            char[] buffer = new char[64 * 1024];
            while (r.read(buffer) >= 0) {
                // reading is the check
            }
            return true;
        } catch (java.nio.charset.CharacterCodingException e) {
            return false;
        }
    }

    private static CharsetDecoder strict(Charset charset) {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** The separator the first lines use most, outside quotes. */
    static char delimiter(String sample) {
        int comma = 0;
        int semicolon = 0;
        int tab = 0;
        boolean quoted = false;
        int lines = 0;
        for (int i = 0; i < sample.length() && lines < 20; i++) {
            char c = sample.charAt(i);
            if (c == '"') quoted = !quoted;
            else if (!quoted && c == ',') comma++;
            else if (!quoted && c == ';') semicolon++;
            else if (!quoted && c == '\t') tab++;
            else if (!quoted && c == '\n') lines++;
        }
        if (semicolon > comma && semicolon >= tab) return ';';
        if (tab > comma && tab > semicolon) return '\t';
        return ',';
    }

    private static String quoteAll(List<String> names) {
        List<String> quoted = new ArrayList<>();
        for (String n : names) quoted.add("'" + n + "'");
        return String.join(", ", quoted);
    }

    @Override
    public List<String> header() {
        return header;
    }

    @Override
    public long headerLine() {
        return headerLine;
    }

    @Override
    public RawRow next() throws IOException {
        try {
            while (records.hasNext()) {
                CSVRecord r = records.next();
                List<String> cells = new ArrayList<>(r.size());
                boolean empty = true;
                for (String c : r) {
                    String v = c.strip();
                    cells.add(v);
                    empty &= v.isEmpty();
                }
                if (!empty) return new RawRow(r.getParser().getCurrentLineNumber(), cells, List.of());
            }
            return null;
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
    }

    @Override
    public String where(long line) {
        return "line " + line;
    }

    @Override
    public String form() {
        return form;
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
