package org.onepool.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onepool.imports.ImportMapping;
import org.onepool.model.scenario.input.InputFile;

/** A mapping proposed from the council's sample extracts, checked against the one written by hand. */
class SuggestMappingTest {
    @TempDir
    Path temp;

    @Test
    void theProposalForTheCouncilsExtractsIsTheHandWrittenMappingAndImportsOnceItsDatesAreChecked() throws Exception {
        for (String kind : List.of("staff", "leavers", "vacancies")) {
            Files.copy(Path.of("scenarios/sample-hr/council-" + kind + ".csv"), temp.resolve("council-" + kind + ".csv"));
        }
        // A column the extract should not have: named on the error stream and left out of the proposal.
        Path staff = temp.resolve("council-staff.csv");
        List<String> lines = Files.readAllLines(staff);
        StringBuilder withEmail = new StringBuilder(lines.get(0) + ",Work Email\n");
        for (String line : lines.subList(1, lines.size())) withEmail.append(line).append(",\n");
        Files.writeString(staff, withEmail.toString());
        Path proposal = temp.resolve("mapping.yaml");
        CommandLineHarness cli = new CommandLineHarness();
        assertThat(cli.execute("import", "--suggest-mapping", staff.toString(), temp.resolve("council-leavers.csv").toString(),
                temp.resolve("council-vacancies.csv").toString(), "--out", proposal.toString())).as(cli.err()).isZero();
        assertThat(cli.err()).contains("column 'Work Email': a column of contact details; make the extract without it");

        ImportMapping suggested = InputFile.load(proposal, ImportMapping.class, "a mapping");
        ImportMapping written = InputFile.load(Path.of("scenarios/sample-hr/mapping.yaml"), ImportMapping.class, "a mapping");
        var s = suggested.partners().get(0);
        var w = written.partners().get(0);
        assertThat(s.staff().columns()).isEqualTo(w.staff().columns());
        assertThat(s.leavers().columns()).isEqualTo(w.leavers().columns());
        assertThat(s.vacancies().columns()).isEqualTo(w.vacancies().columns());
        assertThat(s.grades()).isEqualTo(w.grades());
        for (String family : w.jobFamilies().keySet()) {
            assertThat(s.jobFamilies().get(family)).containsExactlyInAnyOrderElementsOf(w.jobFamilies().get(family));
        }
        assertThat(s.reasons().get("retirement")).containsExactly("Retirement - Age");
        assertThat(s.outcomes().get("failed")).containsExactly("No Suitable Candidate");
        assertThat(suggested.period().from()).isEqualTo("2020-04-01");

        // The staff list's date cannot be read from the files: the user checks it, then imports (no template:
        // job families and costs take marked defaults).
        Files.writeString(staff, Files.readString(staff).replace(",Work Email", "").replaceAll(",\n", "\n"));
        Files.writeString(proposal, Files.readString(proposal).replaceFirst("to: \\S+", "to: 2025-03-31"));
        CommandLineHarness run = new CommandLineHarness();
        assertThat(run.execute("import", proposal.toString(), "--out", temp.resolve("out/area.yaml").toString()))
                .as(run.err()).isZero();
        String scenario = Files.readString(temp.resolve("out/area.yaml"));
        assertThat(scenario).contains("middle grade (no pay gap); replace with a market figure");
    }
}
