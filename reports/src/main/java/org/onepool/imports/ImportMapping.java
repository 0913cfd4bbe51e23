package org.onepool.imports;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;
import java.util.Map;
import org.onepool.model.scenario.PartnerType;

/**
 * The column and code mapping: which extract file holds what, which column is which, and how each
 * partner's own codes (job titles or staff groups, grades, leaving reasons, campaign outcomes and routes)
 * map to onepool's. Only the columns onepool needs can be named. Format: docs/import.md.
 */
public record ImportMapping(
        @JsonProperty(required = true) @JsonPropertyDescription("Title of the scenario to write.") String name,
        @JsonPropertyDescription("A scenario file (relative to this one) giving what the records cannot: job "
                + "families, recruitment costs, options, stresses. Its partners are replaced by the imported ones.")
        String template,
        @JsonProperty(required = true)
        @JsonPropertyDescription("Dates the extracts cover: leavers and campaigns from 'from'; 'to' is the staff "
                + "list's date.") Period period,
        @JsonPropertyDescription("Where tenure bands start, in years; default [0, 1, 2, 5].")
        List<Double> tenureBandsYears,
        @JsonPropertyDescription("Largest share of a file's rows that may be bad (they are left out and listed); a "
                + "file with more is refused. Default 0.02.") Double maxBadRowShare,
        @JsonProperty(required = true) List<PartnerMapping> partners) {

    public ImportMapping {
        tenureBandsYears = tenureBandsYears == null ? List.of(0.0, 1.0, 2.0, 5.0) : List.copyOf(tenureBandsYears);
        maxBadRowShare = maxBadRowShare == null ? 0.02 : maxBadRowShare;
        partners = partners == null ? null : List.copyOf(partners);
    }

    /** Dates as YYYY-MM-DD. */
    public record Period(@JsonProperty(required = true) String from, @JsonProperty(required = true) String to) {
    }

    /** One partner: its files and its codes. */
    public record PartnerMapping(
            @JsonProperty(required = true) String id,
            @JsonProperty(required = true) String name,
            @JsonProperty(required = true) PartnerType type,
            @JsonProperty(required = true) @JsonPropertyDescription("Staff in post on the period's 'to' date.")
            FileMapping staff,
            @JsonPropertyDescription("Leavers in the period.") FileMapping leavers,
            @JsonPropertyDescription("Recruitment campaigns in the period.") FileMapping vacancies,
            @JsonProperty(required = true)
            @JsonPropertyDescription("onepool job family -> the values of the jobFamily column that belong to it "
                    + "('*' matches any text).") Map<String, List<String>> jobFamilies,
            @JsonPropertyDescription("Values of the jobFamily column whose rows are left out (out of scope).")
            List<String> outOfScope,
            @JsonProperty(required = true)
            @JsonPropertyDescription("Per onepool job family ('*' for all): grade value -> onepool grade, 1 = lowest.")
            Map<String, Map<String, Integer>> grades,
            @JsonPropertyDescription("onepool reason (career, pay, relocation, other, dismissal, retirement, "
                    + "redundancy) -> the leaving reasons the HR system records.") Map<String, List<String>> reasons,
            @JsonPropertyDescription("filled, failed, withdrawn, open -> the outcomes the vacancy log records.")
            Map<String, List<String>> outcomes,
            @JsonPropertyDescription("external, internal -> the routes the vacancy log records. Default: every "
                    + "campaign external.") Map<String, List<String>> routes,
            @JsonPropertyDescription("Contract types to include (others are left out, e.g. bank or casual). Default: all.")
            List<String> contractTypes) {
    }

    /** One extract file. */
    public record FileMapping(
            @JsonProperty(required = true) @JsonPropertyDescription("CSV or XLSX file, relative to the mapping.")
            String file,
            @JsonPropertyDescription("Sheet of an XLSX file; default the first.") String sheet,
            @JsonPropertyDescription("Date format of every date column, e.g. dd/MM/yyyy; default: read from the "
                    + "values, column by column.") String dateFormat,
            @JsonProperty(required = true) @JsonPropertyDescription("onepool field -> the file's column name.")
            Map<String, String> columns) {
    }
}
