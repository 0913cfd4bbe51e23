package org.onepool.imports;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A small, clean extract for one partner (a staff list and a leavers list in iTrent's style, with a mapping
 * and a template), written into a folder, for tests to spoil one thing at a time.
 */
public final class SmallExtract {
    public static final String STAFF_HEADER = "Job Title,Grade,FTE Salary,FTE,Continuous Service Date,Date Started in Post,Date of Birth";
    public static final String LEAVERS_HEADER = "Job Title,Grade,Continuous Service Date,Leaving Date,Leaving Reason,Date of Birth";
    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final String[] TITLES = {"Clerk", "Officer", "Team Leader"};
    private static final String[] REASONS = {"Career", "Pay", "Moving Away", "Personal", "Retirement"};

    public final Path folder;
    public final List<String> staff = new ArrayList<>();
    public final List<String> leavers = new ArrayList<>();

    public SmallExtract(Path folder, int staffRows, int leaverRows) {
        this.folder = folder;
        SplittableRandom random = new SplittableRandom(3);
        for (int i = 0; i < staffRows; i++) {
            int grade = random.nextInt(3);
            LocalDate joined = LocalDate.of(2000, 1, 1).plusDays(random.nextInt(9000));
            LocalDate born = LocalDate.of(1960, 1, 1).plusDays(random.nextInt(9000));
            staff.add(String.join(",", TITLES[grade], "Grade " + (grade + 4), Integer.toString(24000 + 3000 * grade + random.nextInt(900)),
                    "1.00", joined.format(UK), joined.plusDays(random.nextInt(300)).format(UK), born.format(UK)));
        }
        for (int i = 0; i < leaverRows; i++) {
            int grade = random.nextInt(3);
            LocalDate joined = LocalDate.of(2005, 1, 1).plusDays(random.nextInt(5000));
            LocalDate left = LocalDate.of(2020, 4, 1).plusDays(random.nextInt(1800));
            LocalDate born = LocalDate.of(1960, 1, 1).plusDays(random.nextInt(9000));
            leavers.add(String.join(",", TITLES[grade], "Grade " + (grade + 4), joined.format(UK), left.format(UK),
                    REASONS[random.nextInt(REASONS.length)], born.format(UK)));
        }
    }

    /** The mapping, the template, and both files as they stand. */
    public SmallExtract write() throws IOException {
        Files.writeString(folder.resolve("template.yaml"), """
                appraisal: {horizonYears: 3, replications: 20, seed: 5}
                jobFamilies:
                  - {id: admin, name: Business support, grades: 3, marketSalaryGbp: 27000}
                recruitment: {advertisingGbp: 600, adminGbp: 700, checksGbp: 100, inductionGbp: 300, timeToFillMonths: 3}
                """);
        Files.writeString(folder.resolve("mapping.yaml"), """
                name: Small test
                template: template.yaml
                period: {from: 2020-04-01, to: 2025-03-31}
                partners:
                  - id: council
                    name: Test Council
                    type: district
                    staff:
                      file: staff.csv
                      columns: {jobFamily: Job Title, grade: Grade, salaryGbp: FTE Salary, fte: FTE, joined: Continuous Service Date,
                                inPostSince: Date Started in Post, dateOfBirth: Date of Birth}
                    leavers:
                      file: leavers.csv
                      columns: {jobFamily: Job Title, grade: Grade, joined: Continuous Service Date, left: Leaving Date,
                                reason: Leaving Reason, dateOfBirth: Date of Birth}
                    jobFamilies: {admin: [Clerk, Officer, Team Leader]}
                    grades: {admin: {Grade 4: 1, Grade 5: 2, Grade 6: 3}}
                    reasons: {career: [Career], pay: [Pay], relocation: [Moving Away], other: [Personal], retirement: [Retirement]}
                """);
        Files.writeString(folder.resolve("staff.csv"), STAFF_HEADER + "\n" + String.join("\n", staff) + "\n", StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("leavers.csv"), LEAVERS_HEADER + "\n" + String.join("\n", leavers) + "\n", StandardCharsets.UTF_8);
        return this;
    }

    public Path mapping() {
        return folder.resolve("mapping.yaml");
    }
}
