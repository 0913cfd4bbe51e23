package org.onepool.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.concurrent.Callable;
import org.onepool.model.scenario.input.ScenarioLoader;
import org.onepool.model.scenario.input.ScenarioSchema;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Prints the JSON Schema of the scenario format, generated from the scenario records. */
@Command(name = "schema", mixinStandardHelpOptions = true,
        description = {"Print the JSON Schema of the scenario format, for editors that validate and complete "
                + "scenario files.", "In VS Code: save it and add '# yaml-language-server: $schema=onepool.schema.json' "
                + "at the top of a scenario."})
final class SchemaCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws JsonProcessingException {
        var out = spec.commandLine().getOut();
        out.println(ScenarioLoader.json().writerWithDefaultPrettyPrinter().writeValueAsString(ScenarioSchema.schema()));
        out.flush();
        return ExitCode.OK;
    }
}
