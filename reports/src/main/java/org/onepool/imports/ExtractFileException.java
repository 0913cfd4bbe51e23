package org.onepool.imports;

/** A file that cannot be read as an extract at all: the message says what was found and what was expected. */
final class ExtractFileException extends Exception {
    private static final long serialVersionUID = 1L;

    ExtractFileException(String message) {
        super(message);
    }
}
