package org.onepool.imports;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.onepool.model.data.BandRate;
import org.onepool.model.data.ExtractEstimates;
import org.onepool.model.data.FamilyEstimate;
import org.onepool.model.data.Interval;
import org.onepool.model.data.LeavingReason;
import org.onepool.model.data.PartnerEstimate;
import org.onepool.model.data.RecruitmentEstimates;

/** What an import prints: each file as read, every problem, and the estimates with their intervals. */
final class ImportSummary {
    private ImportSummary() {
    }

    static void files(PrintWriter out, List<FileReport> reports) {
        out.println("Read " + reports.size() + (reports.size() == 1 ? " file:" : " files:"));
        for (FileReport r : reports) {
            StringBuilder line = new StringBuilder(String.format(Locale.UK, "  %s%s: %,d rows, %,d kept", r.file,
                    r.form.isEmpty() ? "" : " (" + r.form + ")", r.rows, r.kept));
            if (r.badRows > 0) line.append(String.format(Locale.UK, ", %,d bad", r.badRows));
            for (var e : r.leftOut.entrySet()) line.append(String.format(Locale.UK, "; left out: %s (%,d)", e.getKey(), e.getValue()));
            out.println(line);
            for (var e : r.notes.entrySet()) out.println(String.format(Locale.UK, "    note: %s (%,d rows)", e.getKey(), e.getValue()));
        }
    }

    /** Every problem of every file, bad rows first; true if any file is refused. */
    static boolean problems(PrintWriter err, List<FileReport> reports) {
        boolean refused = false;
        for (FileReport r : reports) {
            if (r.problems.isEmpty() && !r.refused()) continue;
            long count = r.problems.size() + r.unlisted();
            err.println(r.file + (r.refused() ? " is refused" : "") + ":");
            for (String refusal : r.refusals) err.println("  " + refusal);
            if (count > 0) {
                err.println(String.format(Locale.UK, "  %,d bad %s (%,d problems)%s:", r.badRows, r.badRows == 1 ? "row" : "rows",
                        count, r.refused() ? "" : ", left out"));
                for (String p : r.problems) err.println("    " + p);
                if (r.unlisted() > 0) err.println(String.format(Locale.UK, "    ... and %,d more", r.unlisted()));
            }
            refused |= r.refused();
        }
        err.flush();
        return refused;
    }

    static List<String> estimates(ExtractEstimates e) {
        List<String> lines = new ArrayList<>();
        lines.add("Leaving rates a year by tenure band (retirement and redundancy apart), with 95% intervals:");
        for (PartnerEstimate p : e.partners()) {
            for (FamilyEstimate f : p.families()) {
                for (BandRate b : f.bands()) {
                    lines.add(String.format(Locale.UK, "  %-10s %-13s %-6s %s  %,5d leavers / %,8.1f person-years%s", p.partner(),
                            f.jobFamily(), years(b), interval(b.annualRate()), b.leavers(), b.exposureYears(),
                            f.bandsFromPartner() ? "  (partner's, all families)" : ""));
                }
            }
        }
        lines.add("Reason shares of leavers (career, pay, relocation, other incl. dismissal):");
        for (PartnerEstimate p : e.partners()) {
            for (FamilyEstimate f : p.families()) {
                if (f.reasonLeavers() == 0) continue;
                List<String> shares = new ArrayList<>();
                for (LeavingReason r : List.of(LeavingReason.CAREER, LeavingReason.PAY, LeavingReason.RELOCATION, LeavingReason.OTHER)) {
                    shares.add(interval(f.reasonShares().get(r)));
                }
                lines.add(String.format(Locale.UK, "  %-10s %-13s %s  of %,d%s", p.partner(), f.jobFamily(), String.join("  ", shares),
                        f.reasonLeavers(), f.reasonsFromPartner() ? " (partner's)" : ""));
            }
        }
        lines.add("Recruitment and retirement:");
        for (PartnerEstimate p : e.partners()) {
            RecruitmentEstimates r = p.recruitment();
            StringBuilder line = new StringBuilder("  " + p.partner() + ":");
            if (r.timeToFill() != null) {
                line.append(String.format(Locale.UK, " time to fill median %.2f, P90 %.2f months (lognormal, %,d campaigns, KS D %.3f p %.2f);",
                        r.timeToFill().median(), r.timeToFill().p90(), r.timeToFill().n(), r.timeToFill().ksDistance(),
                        r.timeToFill().ksPValue()));
            }
            if (r.failure() != null) line.append(" campaigns failing ").append(interval(r.failure())).append(';');
            if (r.agencyCover() != null) line.append(" agency cover ").append(interval(r.agencyCover())).append(';');
            int establishment = p.families().stream().mapToInt(FamilyEstimate::establishment).sum();
            line.append(String.format(Locale.UK, " open vacancies %.1f on an average day (vacancy rate %.1f%% of %,d posts)",
                    r.meanOpenVacancies(), establishment == 0 ? 0 : 100 * r.meanOpenVacancies() / establishment, establishment));
            if (p.retirement() != null) {
                line.append(String.format(Locale.UK, "; retirement age mean %.1f, sd %.1f (%,d)", p.retirement().meanYears(),
                        p.retirement().sdYears(), p.retirement().retirements()));
            }
            lines.add(line.toString());
        }
        return lines;
    }

    private static String years(BandRate b) {
        String from = b.fromYears() == Math.rint(b.fromYears()) ? Long.toString((long) b.fromYears()) : Double.toString(b.fromYears());
        if (b.toYears() == null) return from + "+y";
        double to = b.toYears();
        return from + "-" + (to == Math.rint(to) ? Long.toString((long) to) : Double.toString(to)) + "y";
    }

    static String interval(Interval i) {
        return String.format(Locale.UK, "%.3f (%.3f-%.3f)", i.estimate(), i.low(), i.high());
    }
}
