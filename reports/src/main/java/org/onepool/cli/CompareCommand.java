package org.onepool.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.onepool.reports.Formats;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** Two run folders side by side, for the officer who changed one assumption and wants to see what moved. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Put two run output folders side by side: each option's headline (NPSV, probability of "
                + "saving, cash over the horizon, peak funding), and each partner's workforce in year 5 (staff in "
                + "post, leavers, agency staff) under business as usual and each option, with B minus A.",
            "Reads each folder's summary.json; writes nothing."})
final class CompareCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "RUN_A", description = "An output folder of 'onepool run'.")
    Path runA;

    @Parameters(index = "1", paramLabel = "RUN_B", description = "Another, to compare with RUN_A.")
    Path runB;

    @Override
    public Integer call() {
        JsonNode a;
        JsonNode b;
        try {
            a = read(runA);
            b = read(runB);
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("Error: " + e.getMessage());
            return ExitCode.BAD_INPUT;
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf("A: %s%nB: %s%n", describe(runA, a), describe(runB, b));
        headline(out, a, b);
        workforce(out, a, b);
        return ExitCode.OK;
    }

    private static JsonNode read(Path folder) {
        Path file = folder.resolve("summary.json");
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(folder + " has no summary.json: expected an output folder of 'onepool run'");
        }
        try {
            JsonNode node = new ObjectMapper().readTree(file.toFile());
            if (node == null || !node.has("options")) throw new IOException("no options");
            return node;
        } catch (IOException e) {
            throw new IllegalArgumentException(file + " is not a summary.json of 'onepool run' (" + e.getMessage() + ")");
        }
    }

    private static String describe(Path folder, JsonNode s) {
        return folder + ": " + s.at("/scenario/name").asText() + " (" + s.at("/scenario/file").asText() + ", seed "
                + s.path("seed").asText() + ", " + s.path("replications").asText() + " replications)";
    }

    private static void headline(PrintWriter out, JsonNode a, JsonNode b) {
        out.println();
        out.println("Headline (medians; B - A)");
        row(out, "", "A", "B", "B - A");
        for (JsonNode oa : a.path("options")) {
            JsonNode ob = option(b, oa.path("id").asText());
            out.println(oa.path("name").asText() + (ob == null ? ": not in B" : ""));
            if (ob == null) continue;
            money(out, "  NPSV (economic case)", oa.at("/npv/p50"), ob.at("/npv/p50"));
            double pa = oa.path("probabilityNpvPositive").asDouble();
            double pb = ob.path("probabilityNpvPositive").asDouble();
            row(out, "  Probability of saving", Formats.percent(pa), Formats.percent(pb),
                    String.format(Locale.UK, "%+.1f points", (pb - pa) * 100));
            money(out, "  Net cash over the horizon", oa.at("/financial/totalNetCash/p50"), ob.at("/financial/totalNetCash/p50"));
            money(out, "  Peak cash funding", oa.at("/financial/peakFunding/p50"), ob.at("/financial/peakFunding/p50"));
        }
        for (JsonNode ob : b.path("options")) {
            if (option(a, ob.path("id").asText()) == null) out.println(ob.path("name").asText() + ": not in A");
        }
    }

    private static JsonNode option(JsonNode summary, String id) {
        for (JsonNode o : summary.path("options")) if (o.path("id").asText().equals(id)) return o;
        return null;
    }

    private static void workforce(PrintWriter out, JsonNode a, JsonNode b) {
        JsonNode pa = a.path("projections");
        JsonNode pb = b.path("projections");
        out.println();
        if (pa.isMissingNode() || pb.isMissingNode() || pa.isNull() || pb.isNull()) {
            out.println("Workforce: not compared (a run made before projections has none)");
            return;
        }
        int year = Math.min(4, Math.min(pa.path("years").size(), pb.path("years").size()) - 1);
        out.println("Workforce in year " + (year + 1) + " (" + pa.path("years").path(year).asText() + " in A, "
                + pb.path("years").path(year).asText() + " in B; means; B - A)");
        row(out, "", "A", "B", "B - A");
        for (JsonNode armA : pa.path("arms")) {
            if ("difference".equals(armA.path("kind").asText())) continue;
            JsonNode armB = find(pb.path("arms"), "arm", armA.path("arm").asText());
            if (armB == null) continue;
            out.println(armA.path("name").asText());
            for (JsonNode partnerA : armA.path("partners")) {
                JsonNode partnerB = find(armB.path("partners"), "partner", partnerA.path("partner").asText());
                if (partnerB == null) continue;
                JsonNode ya = partnerA.path("years").path(year);
                JsonNode yb = partnerB.path("years").path(year);
                String name = "  " + partnerA.path("name").asText();
                count(out, name + ": staff in post", ya.at("/staffInPost/mean"), yb.at("/staffInPost/mean"));
                count(out, name + ": leavers", ya.at("/leavers/mean"), yb.at("/leavers/mean"));
                count(out, name + ": agency staff (FTE)", ya.at("/agencyFte/mean"), yb.at("/agencyFte/mean"));
            }
        }
    }

    private static JsonNode find(JsonNode list, String key, String value) {
        for (JsonNode n : list) if (n.path(key).asText().equals(value)) return n;
        return null;
    }

    private static void money(PrintWriter out, String label, JsonNode a, JsonNode b) {
        row(out, label, Formats.money(a.asDouble()), Formats.money(b.asDouble()), Formats.money(b.asDouble() - a.asDouble()));
    }

    private static void count(PrintWriter out, String label, JsonNode a, JsonNode b) {
        row(out, label, String.format(Locale.UK, "%,.1f", a.asDouble()), String.format(Locale.UK, "%,.1f", b.asDouble()),
                String.format(Locale.UK, "%+,.1f", b.asDouble() - a.asDouble()));
    }

    private static void row(PrintWriter out, String label, String a, String b, String change) {
        out.printf("%-58s %16s %16s %16s%n", label, a, b, change);
    }
}
