package org.onepool.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Writes a commented starter scenario. */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = "Write a commented starter scenario to FILE (or print it when no FILE is given).")
final class InitCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "0..1", description = "Where to write the scenario.")
    Path file;

    @Option(names = "--force", description = "Overwrite FILE if it exists.")
    boolean force;

    @Override
    public Integer call() throws IOException {
        String text = starter();
        if (file == null) {
            spec.commandLine().getOut().print(text);
            spec.commandLine().getOut().flush();
            return ExitCode.OK;
        }
        if (Files.exists(file) && !force) {
            spec.commandLine().getErr().println("onepool: " + file + " already exists; use --force to overwrite it. "
                    + "Nothing was written.");
            return ExitCode.BAD_INPUT;
        }
        Path parent = file.toAbsolutePath().getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            spec.commandLine().getErr().println("onepool: no folder " + parent + " to write " + file.getFileName()
                    + " into. Nothing was written.");
            return ExitCode.BAD_INPUT;
        }
        Path temp = Files.createTempFile(parent, ".onepool-init", ".yaml");
        try {
            Files.writeString(temp, text);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
        spec.commandLine().getOut().println("Wrote " + file + ". Edit it, then run: onepool validate " + file);
        return ExitCode.OK;
    }

    static String starter() throws IOException {
        try (InputStream in = InitCommand.class.getResourceAsStream("minimal.yaml")) {
            if (in == null) throw new IOException("the starter scenario is missing from the onepool jar");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
