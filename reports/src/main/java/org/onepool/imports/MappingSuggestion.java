package org.onepool.imports;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * {@code onepool import --suggest-mapping}: a first mapping proposed from the extracts' headers (columns
 * recognised by the names HR exports give them) and their distinct values (job titles put in families by
 * keyword, grades numbered in order, reasons and outcomes by keyword), commented where a person must check
 * it. Columns that look like personal data are named on the error stream and left out.
 */
final class MappingSuggestion {
    /** Header words for each field, most telling first. */
    private static final Map<String, List<String>> COLUMNS = new LinkedHashMap<>();
    static {
        COLUMNS.put("left", List.of("leaving date", "termination date", "date left", "leave date", "end of service"));
        COLUMNS.put("reason", List.of("leaving reason", "reason for leaving", "termination reason", "reason"));
        COLUMNS.put("opened", List.of("date opened", "date approved", "date advertised", "advert date", "opened", "posted"));
        COLUMNS.put("closed", List.of("date closed", "closing date", "date filled", "closed"));
        COLUMNS.put("outcome", List.of("outcome", "status", "result"));
        COLUMNS.put("route", List.of("recruitment route", "route", "advert type"));
        COLUMNS.put("agencyCover", List.of("agency cover", "agency"));
        COLUMNS.put("inPostSince", List.of("date started in post", "assignment start date", "start date in post",
                "post start date", "in post since"));
        COLUMNS.put("joined", List.of("continuous service date", "date first hired", "date joined", "hire date",
                "service start", "start date"));
        COLUMNS.put("dateOfBirth", List.of("date of birth", "dob", "birth date"));
        COLUMNS.put("ageBand", List.of("age band", "age group", "age range"));
        COLUMNS.put("salaryGbp", List.of("fte salary", "annual salary", "salary", "basic pay", "pay"));
        COLUMNS.put("fte", List.of("assignment fte", "fte", "wte", "whole time equivalent"));
        COLUMNS.put("contractType", List.of("contract type", "assignment category", "employment type", "contract"));
        COLUMNS.put("grade", List.of("pay band", "grade", "band", "pay scale"));
        COLUMNS.put("jobFamily", List.of("staff group", "job family", "occupation", "job title", "position title", "post title",
                "job role", "role"));
    }

    /** Job family ids by keywords in a job title or staff group. */
    private static final Map<String, Pattern> FAMILIES = new LinkedHashMap<>();
    static {
        FAMILIES.put("nursing", Pattern.compile("nurs|midwi|ward sister|matron"));
        FAMILIES.put("hcsupport", Pattern.compile("healthcare (assistant|support)|support worker|clinical services|nursing associate"));
        FAMILIES.put("socialwork", Pattern.compile("social work"));
        FAMILIES.put("care", Pattern.compile("\\bcare\\b|carer"));
        FAMILIES.put("admin", Pattern.compile("admin|clerk|secretar|reception|business support|customer|clerical|revenues"));
        FAMILIES.put("operational", Pattern.compile("operative|driver|collector|clean|porter|caretaker|estates|facilit|grounds"));
        FAMILIES.put("professional", Pattern.compile("officer|analyst|accountant|plann|engineer|solicitor|lawyer|manager|surveyor|"
                + "environmental|ict|finance|hr "));
    }

    private static final Map<String, Pattern> REASONS = new LinkedHashMap<>();
    static {
        REASONS.put("retirement", Pattern.compile("retire"));
        REASONS.put("redundancy", Pattern.compile("redundan"));
        REASONS.put("dismissal", Pattern.compile("dismiss|capability|conduct|gross"));
        REASONS.put("career", Pattern.compile("career|promotion|progression|development"));
        REASONS.put("pay", Pattern.compile("pay|reward|salary|better paid"));
        REASONS.put("relocation", Pattern.compile("relocat|moving|move away"));
    }

    private static final Map<String, Pattern> OUTCOMES = new LinkedHashMap<>();
    static {
        OUTCOMES.put("failed", Pattern.compile("not appointed|no suitable|unfilled|no appointment|failed|unsuccessful"));
        OUTCOMES.put("withdrawn", Pattern.compile("withdrawn|cancel"));
        OUTCOMES.put("open", Pattern.compile("\\bopen\\b|live|active|in progress|advertis"));
        OUTCOMES.put("filled", Pattern.compile("appointed|accepted|filled|hired|offer"));
    }

    private MappingSuggestion() {
    }

    /** An extract as the suggestion sees it: which kind, which column is which, and the distinct values. */
    private record Seen(Path file, FileKind kind, Map<String, String> columns, Map<String, Map<String, Integer>> values,
                        Map<String, java.util.Set<String>> gradesByFamilyValue, LocalDate earliest, LocalDate latest) {
    }

    static boolean write(List<Path> extracts, Path destination, PrintWriter out, PrintWriter err) throws IOException {
        List<Seen> seen = new ArrayList<>();
        boolean ok = true;
        for (Path file : extracts) {
            try {
                seen.add(read(file, err));
            } catch (ExtractFileException e) {
                err.println("onepool import: " + file + ": " + e.getMessage());
                ok = false;
            }
        }
        if (!ok) {
            err.println("Nothing was written.");
            err.flush();
            return false;
        }
        if (seen.stream().noneMatch(s -> s.kind == FileKind.STAFF)) {
            err.println("onepool import: none of the files looks like a staff list (a grade and a start date with the "
                    + "employer); expected a staff list first. Nothing was written.");
            err.flush();
            return false;
        }
        String text = text(seen, destination);
        if (destination == null) {
            out.print(text);
            out.flush();
            return true;
        }
        if (Files.exists(destination)) {
            err.println("onepool import: --out " + destination + " exists; expected a new file (a suggestion never "
                    + "replaces a mapping). Nothing was written.");
            err.flush();
            return false;
        }
        if (destination.toAbsolutePath().getParent() != null) Files.createDirectories(destination.toAbsolutePath().getParent());
        Files.writeString(destination, text, StandardCharsets.UTF_8);
        out.println("Wrote " + destination + ": check every line marked 'check', then run onepool import " + destination);
        out.flush();
        return true;
    }

    private static Seen read(Path file, PrintWriter err) throws IOException, ExtractFileException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!Files.isRegularFile(file)) throw new ExtractFileException("no such file");
        try (RowSource source = name.endsWith(".xlsx") ? XlsxSource.open(file, null, Set.of()) : CsvSource.open(file, Set.of())) {
            List<String> header = source.header();
            Map<String, String> columns = new LinkedHashMap<>();
            for (String column : header) {
                String why = PersonalData.header(column);
                if (why != null) {
                    err.println("onepool import: " + file + " column '" + column + "': " + why + "; make the extract without "
                            + "it (onepool import refuses it)");
                    continue;
                }
                String field = field(column, columns);
                if (field != null) columns.put(field, column);
            }
            FileKind kind = columns.containsKey("left") || columns.containsKey("reason") ? FileKind.LEAVERS
                    : columns.containsKey("outcome") || columns.containsKey("opened") ? FileKind.VACANCIES : FileKind.STAFF;
            columns.keySet().retainAll(kind.allowed());
            if (columns.containsKey("dateOfBirth")) columns.remove("ageBand");
            Map<String, Map<String, Integer>> values = new LinkedHashMap<>();
            for (String field : List.of("jobFamily", "grade", "reason", "outcome", "route", "contractType")) {
                if (columns.containsKey(field)) values.put(field, new TreeMap<>());
            }
            String dateField = kind == FileKind.LEAVERS ? "left" : kind == FileKind.VACANCIES ? "opened" : null;
            List<String> dates = new ArrayList<>();
            Map<String, java.util.Set<String>> gradesByFamilyValue = new TreeMap<>();
            RawRow row;
            while ((row = source.next()) != null) {
                if (columns.containsKey("jobFamily") && columns.containsKey("grade")) {
                    String family = row.cell(header.indexOf(columns.get("jobFamily")));
                    String grade = row.cell(header.indexOf(columns.get("grade")));
                    if (!family.isEmpty() && !grade.isEmpty()) gradesByFamilyValue.computeIfAbsent(family, k -> new java.util.TreeSet<>()).add(grade);
                }
                for (var e : values.entrySet()) {
                    String v = row.cell(header.indexOf(columns.get(e.getKey())));
                    if (!v.isEmpty()) e.getValue().merge(v, 1, Integer::sum);
                }
                if (dateField != null && columns.containsKey(dateField)) {
                    String v = row.cell(header.indexOf(columns.get(dateField)));
                    if (!v.isEmpty()) dates.add(v);
                }
            }
            LocalDate earliest = null;
            LocalDate latest = null;
            DateColumn format = DateColumn.detect(dates.subList(0, Math.min(2000, dates.size())));
            if (format != null) {
                for (String d : dates) {
                    LocalDate date = format.parse(d);
                    if (date == null) continue;
                    if (earliest == null || date.isBefore(earliest)) earliest = date;
                    if (latest == null || date.isAfter(latest)) latest = date;
                }
            }
            return new Seen(file, kind, columns, values, gradesByFamilyValue, earliest, latest);
        }
    }

    /**
     * The field a column is: the one whose header words include the longest found in the column's name ("pay
     * band" is a grade, not pay), among fields no earlier column has claimed.
     */
    private static String field(String column, Map<String, String> claimed) {
        String c = column.toLowerCase(Locale.ROOT);
        String best = null;
        int longest = 0;
        for (var e : COLUMNS.entrySet()) {
            if (claimed.containsKey(e.getKey())) continue;
            for (String word : e.getValue()) {
                if (c.contains(word) && word.length() > longest) {
                    best = e.getKey();
                    longest = word.length();
                }
            }
        }
        return best;
    }

    private static String text(List<Seen> seen, Path destination) {
        Path folder = destination == null ? Path.of("").toAbsolutePath() : destination.toAbsolutePath().getParent();
        LocalDate from = null;
        LocalDate to = null;
        // The leavers list says when the records start (a vacancy log also holds campaigns opened before).
        for (Seen s : seen) {
            if (s.kind == FileKind.VACANCIES && seen.stream().anyMatch(o -> o.kind == FileKind.LEAVERS)) continue;
            if (s.earliest != null && (from == null || s.earliest.isBefore(from))) from = s.earliest;
            if (s.latest != null && (to == null || s.latest.isAfter(to))) to = s.latest;
        }
        StringBuilder y = new StringBuilder();
        y.append("# onepool import mapping proposed by 'onepool import --suggest-mapping'. Check every line marked 'check';\n")
                .append("# the format is in docs/import.md. Only the columns onepool needs are named: no names or identifiers.\n")
                .append("name: Imported partners                # check: the scenario's title\n")
                .append("# template: template.yaml              # a scenario giving job families, costs and options\n")
                .append("period:\n")
                .append("  from: ").append(from == null ? "2020-04-01" : from.withDayOfMonth(1)).append("   # check: first day the leavers and vacancy lists cover\n")
                .append("  to: ").append(to == null ? "2025-03-31" : to).append("     # check: the staff list's date\n")
                .append("partners:\n")
                .append("  - id: partner1                       # check: a short id\n")
                .append("    name: Partner one                  # check\n")
                .append("    type: district                     # county, district, unitary, nhs, police, fire, college, university, thirdSector\n");
        Map<String, Map<String, Integer>> all = new LinkedHashMap<>();
        for (Seen s : seen) {
            String key = s.kind == FileKind.STAFF ? "staff" : s.kind == FileKind.LEAVERS ? "leavers" : "vacancies";
            y.append("    ").append(key).append(":\n");
            y.append("      file: ").append(quote(folder.relativize(s.file.toAbsolutePath()).toString().replace('\\', '/'))).append('\n');
            y.append("      columns:\n");
            for (String field : s.kind.allowed()) {
                if (s.columns.containsKey(field)) {
                    y.append("        ").append(field).append(": ").append(quote(s.columns.get(field))).append('\n');
                } else if (s.kind.required.contains(field)) {
                    y.append("        ").append(field).append(": \"\"   # check: no column found for it\n");
                }
            }
            for (var e : s.values.entrySet()) {
                all.computeIfAbsent(e.getKey(), k -> new TreeMap<>());
                e.getValue().forEach((v, n) -> all.get(e.getKey()).merge(v, n, Integer::sum));
            }
        }
        Map<String, List<String>> families = new LinkedHashMap<>();
        for (String v : all.getOrDefault("jobFamily", Map.of()).keySet()) {
            families.computeIfAbsent(guess(v, FAMILIES, "unplaced"), k -> new ArrayList<>()).add(v);
        }
        y.append("    jobFamilies:                       # check: onepool job family -> values of the jobFamily column\n");
        list(y, families);
        // Each family's ladder: the grades its rows hold, in natural order (Grade 3 before Grade 10).
        Map<String, java.util.Set<String>> ladders = new LinkedHashMap<>();
        for (Seen s : seen) {
            for (var e : s.gradesByFamilyValue.entrySet()) {
                ladders.computeIfAbsent(guess(e.getKey(), FAMILIES, "unplaced"), k -> new java.util.TreeSet<>(MappingSuggestion::natural))
                        .addAll(e.getValue());
            }
        }
        y.append("    grades:                            # check: one ladder per job family, 1 = lowest\n");
        for (var ladder : ladders.entrySet()) {
            y.append("      ").append(ladder.getKey()).append(":\n");
            int g = 1;
            for (String v : ladder.getValue()) y.append("        ").append(quote(v)).append(": ").append(Math.min(10, g++)).append('\n');
        }
        if (all.containsKey("reason")) {
            y.append("    reasons:                           # check: career, pay, relocation, other, dismissal, retirement, redundancy\n");
            Map<String, List<String>> reasons = new LinkedHashMap<>();
            for (String v : all.get("reason").keySet()) reasons.computeIfAbsent(guess(v, REASONS, "other"), k -> new ArrayList<>()).add(v);
            list(y, reasons);
        }
        if (all.containsKey("outcome")) {
            y.append("    outcomes:                          # check: filled, failed, withdrawn, open\n");
            Map<String, List<String>> outcomes = new LinkedHashMap<>();
            for (String v : all.get("outcome").keySet()) outcomes.computeIfAbsent(guess(v, OUTCOMES, "filled"), k -> new ArrayList<>()).add(v);
            list(y, outcomes);
        }
        if (all.containsKey("route")) {
            y.append("    routes:                            # check: external, internal\n");
            Map<String, List<String>> routes = new LinkedHashMap<>();
            for (String v : all.get("route").keySet()) {
                routes.computeIfAbsent(v.toLowerCase(Locale.ROOT).contains("internal") ? "internal" : "external", k -> new ArrayList<>()).add(v);
            }
            list(y, routes);
        }
        if (all.containsKey("contractType")) {
            y.append("    contractTypes:                     # check: contract types to include\n");
            for (String v : all.get("contractType").keySet()) {
                if (v.toLowerCase(Locale.ROOT).matches(".*(bank|casual|agency|sessional|zero).*")) continue;
                y.append("      - ").append(quote(v)).append('\n');
            }
        }
        return y.toString();
    }

    private static void list(StringBuilder y, Map<String, List<String>> byKey) {
        for (var e : byKey.entrySet()) {
            y.append("      ").append(e.getKey()).append(":").append(e.getKey().equals("unplaced")
                    ? "                         # check: no family guessed for these\n" : "\n");
            for (String v : e.getValue()) y.append("        - ").append(quote(v)).append('\n');
        }
    }

    /** Text in natural order: the numbers in it compared as numbers ("Band 8a" after "Band 7", "Grade 10" after "Grade 9"). */
    static int natural(String a, String b) {
        var pa = java.util.regex.Pattern.compile("\\d+|\\D+").matcher(a);
        var pb = java.util.regex.Pattern.compile("\\d+|\\D+").matcher(b);
        while (pa.find() && pb.find()) {
            String x = pa.group();
            String z = pb.group();
            int c = Character.isDigit(x.charAt(0)) && Character.isDigit(z.charAt(0))
                    ? new java.math.BigInteger(x).compareTo(new java.math.BigInteger(z)) : x.compareToIgnoreCase(z);
            if (c != 0) return c;
        }
        return a.length() - b.length() != 0 ? Integer.compare(a.length(), b.length()) : a.compareTo(b);
    }

    private static String guess(String value, Map<String, Pattern> patterns, String otherwise) {
        String v = value.toLowerCase(Locale.ROOT);
        for (var e : patterns.entrySet()) if (e.getValue().matcher(v).find()) return e.getKey();
        return otherwise;
    }

    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
