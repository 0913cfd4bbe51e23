package org.onepool.cli;

import java.io.PrintWriter;
import org.onepool.model.Version;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The onepool command line. */
@Command(name = "onepool",
        mixinStandardHelpOptions = true,
        versionProvider = OnepoolCommand.VersionProvider.class,
        description = "Appraises invest-to-save workforce options shared by public-sector partners.",
        subcommands = {RunCommand.class, OptimiseCommand.class, DeployCommand.class, ValidateCommand.class, SchemaCommand.class, InitCommand.class,
                CompareCommand.class,
                ImportCommand.class, BacktestCommand.class, FairShareCommand.class,
                CommandLine.HelpCommand.class},
        footerHeading = "%nExamples:%n",
        footer = {
                "  onepool run scenarios/one-oxfordshire.yaml   appraise every option; report in out/one-oxfordshire/",
                "  onepool run my-area.yaml --replications 1000 --options pool --no-stress",
                "  onepool deploy scenarios/deploy-example.yaml  place pooled staff in open posts (JSON)",
                "  onepool init my-area.yaml                    write a starter scenario to edit",
                "  onepool grid my-grid.yaml                    run a scenario grid on Spark",
                "  onepool validate scenarios/one-oxfordshire.yaml   check a scenario",
                "  onepool import scenarios/sample-hr/mapping.yaml   build a scenario from HR extracts",
                "  onepool backtest out/mapping.yaml --from 2022-04 --actuals leavers.csv vacancies.csv",
                "  onepool schema > onepool.schema.json         JSON Schema for editors"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:ok", "1:internal error (a fault in onepool)", "2:bad input; nothing was written",
                "3:the output folder cannot be written (permission, a read-only or full disk); nothing was written"})
public final class OnepoolCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(newCommandLine().execute(args));
    }

    /** The configured command line; tests call {@code execute} on it. */
    public static CommandLine newCommandLine() {
        CommandLine cli = new CommandLine(new OnepoolCommand());
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            err.println("onepool: internal error: " + ex);
            err.println("This is a fault in onepool, not in your input. Please report it with the scenario file.");
            if (Boolean.getBoolean("onepool.debug")) ex.printStackTrace(err);
            err.flush();
            return ExitCode.INTERNAL_ERROR;
        });
        cli.setParameterExceptionHandler((ex, args) -> {
            PrintWriter err = ex.getCommandLine().getErr();
            err.println("onepool: " + ex.getMessage());
            err.println("Try 'onepool " + (ex.getCommandLine().getCommandName().equals("onepool") ? ""
                    : ex.getCommandLine().getCommandName() + " ") + "--help'.");
            err.flush();
            return ExitCode.BAD_INPUT;
        });
        return cli;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Reads the version stamped at build time. */
    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"onepool " + Version.get(), "Java " + System.getProperty("java.version")};
        }
    }
}
