package org.onepool.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs the onepool command line as a user would, capturing what it prints on each stream. */
final class CommandLineHarness {
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    int execute(String... args) {
        CommandLine cli = OnepoolCommand.newCommandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    String out() {
        return out.toString();
    }

    String err() {
        return err.toString();
    }

    /** Forgets what was printed so far. */
    void clear() {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
    }
}
