package org.onepool.reports;

import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import org.onepool.model.experiment.FairShare;
import org.onepool.model.scenario.input.ScenarioLoader;

/** Writes what `onepool fairshare` found: summary.json (its fairShare block) and report.html. */
public final class FairShareFiles {
    private static final ObjectWriter WRITER = ScenarioLoader.json().copy()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .writerFor(Output.class);

    private FairShareFiles() {
    }

    /** summary.json of a fair-share run: one key, so that it can sit beside a run's keys later. */
    public record Output(FairShare fairShare) {
    }

    public static void writeAll(FairShare result, OutputFolder folder, LocalDate date) throws IOException {
        writeAll(result, folder, "", date);
    }

    /** As {@link #writeAll(FairShare, OutputFolder, LocalDate)}, into a sub-folder such as "fairshare-pool/". */
    public static void writeAll(FairShare result, OutputFolder folder, String prefix, LocalDate date) throws IOException {
        WRITER.writeValue(folder.resolve(prefix + "summary.json").toFile(), new Output(result));
        Files.writeString(folder.resolve(prefix + "report.html"), Templates.render("fairshare-report.jte",
                new FairShareHtml(result, date)), StandardCharsets.UTF_8);
    }

    public static String toJson(FairShare result) throws IOException {
        return WRITER.writeValueAsString(new Output(result));
    }

    /** What the template reads: the result and the sentences worked out from it. */
    public static final class FairShareHtml {
        private final FairShare result;
        private final LocalDate date;

        FairShareHtml(FairShare result, LocalDate date) {
            this.result = result;
            this.date = date;
        }

        public FairShare result() {
            return result;
        }

        public String date() {
            return date.toString();
        }

        public boolean sampled() {
            return result.method().equals("sampled");
        }

        public String money(double gbp) {
            return Formats.money(gbp);
        }

        public String percent(double share) {
            return Formats.percent(share);
        }

        /** A blocking group's partners by name. */
        public String names(List<String> ids) {
            return String.join(", ", ids.stream().map(id -> result.partners().stream()
                    .filter(p -> p.partner().equals(id)).map(FairShare.PartnerShare::name).findFirst().orElse(id))
                    .toList());
        }

        public String coreSentence() {
            FairShare.Core core = result.core();
            String scope = core.exhaustive() ? "every one of the " + core.coalitionsChecked() + " smaller groups"
                    : "the " + core.coalitionsChecked() + " smaller groups the sampling simulated (of "
                    + (result.coalitionsPossible() - 1) + "); a group not simulated may still gain by leaving";
            if (core.inCore()) return "No group of partners would do better pooling on its own: checked on " + scope + ".";
            return "Some groups of partners would do better pooling on their own than the Shapley values give them "
                    + "(checked on " + scope + "). A gain within twice its standard error may be noise.";
        }

        public List<String> methodNotes() {
            String values = sampled()
                    ? "Shapley values were estimated from " + result.permutations() + " random orders of joining, in "
                    + "antithetic pairs (an order and its reverse), until every partner's sampling standard error was "
                    + "within " + Formats.money(result.targetStandardErrorGbp() == null ? 0 : result.targetStandardErrorGbp())
                    + " or the budget ran out; the values still add up exactly to the full pool's value."
                    : "Every one of the " + result.coalitionsPossible() + " groups of partners was simulated, so the "
                    + "Shapley values are exact for these coalition values.";
            return List.of(
                    "A group's value is the option's net present social value (economic case) when only that group "
                            + "pools: the option's interventions restricted to the group's partners, mean over "
                            + result.replications() + " replications, every group on the same random numbers and "
                            + "sampled inputs as business as usual.",
                    "Each intervention's set-up and running costs are as stated in the scenario whichever partners "
                            + "join (an assumption: a smaller pool may cost less to run); an intervention that reaches "
                            + "none of a group's staff is left out, its costs with it.",
                    values,
                    "A partner's Shapley value is its average addition to the pool's value over every order in which "
                            + "the partners could join. Its go-alone value is the option run for it alone. The side "
                            + "payment is what it would be paid (negative: would pay) so that its net position in the "
                            + "full pool (its savings less its cost share) equals its Shapley value; they add up to nothing.",
                    "Monte Carlo standard errors are over the replications; with sampling, the sampling error is shown too.");
        }
    }
}
