package org.onepool.model.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GdpDeflatorTest {
    private final GdpDeflator bundled = GdpDeflator.bundled();

    /**
     * Source line: HM Treasury, "GDP deflators at market prices, and money GDP November 2017 (Autumn
     * Budget 2017)", GDP_Deflators_Autumn_Budget_2017_update.csv, financial years, 2016-17 = 100:
     * 1955-56 = 4.321, 1960-61 = 5.055, 1963-64 = 5.472.
     */
    @Test
    void bundledSeriesMatchesThePublishedIndexForThreeYears() {
        assertThat(bundled.index(1955)).isEqualTo(4.321);
        assertThat(bundled.index(1960)).isEqualTo(5.055);
        assertThat(bundled.index(1963)).isEqualTo(5.472);
        assertThat(bundled.base()).isEqualTo("2016-17 = 100");
        assertThat(bundled.vintage()).startsWith("Autumn Budget 2017");
        assertThat(bundled.source()).contains("HM Treasury").contains("28 November 2017")
                .contains("GDP_Deflators_Autumn_Budget_2017_update.csv");
    }

    @Test
    void rebasingMovesAnAmountByTheRatioOfThePublishedIndices() {
        // £1,000 in 1963-64 prices in 1955-56 prices: 1000 x 4.321 / 5.472, worked in exact decimals.
        double expected = new BigDecimal("1000").multiply(new BigDecimal("4.321"))
                .divide(new BigDecimal("5.472"), MathContext.DECIMAL64).doubleValue();
        assertThat(bundled.rebase(1000, 1963, 1955)).isCloseTo(expected, within(1e-9));
        // An amount equal to the index of its year rebases to the index of the target year.
        assertThat(bundled.rebase(5.472, 1963, 1960)).isCloseTo(5.055, within(1e-12));
        assertThat(bundled.rebase(123.45, 1958, 1958)).isEqualTo(123.45);
        // Rebasing through an intermediate year is the same as rebasing directly, and a round trip returns the amount.
        double direct = bundled.rebase(250_000, 1956, 1962);
        double viaAnotherYear = bundled.rebase(bundled.rebase(250_000, 1956, 1959), 1959, 1962);
        assertThat(viaAnotherYear).isCloseTo(direct, within(1e-9));
        assertThat(bundled.rebase(direct, 1962, 1956)).isCloseTo(250_000, within(1e-9));
    }

    @Test
    void aYearOutsideTheSeriesIsRefusedNamingTheYearAndTheRange() {
        assertThatThrownBy(() -> bundled.index(2027))
                .isInstanceOf(GdpDeflator.DeflatorException.class)
                .hasMessageContaining("2027-28").hasMessageContaining("1955-56 to 1963-64");
        assertThatThrownBy(() -> bundled.rebase(100, 2027, 2027)).hasMessageContaining("2027-28");
    }

    @Test
    void aNewerFileOfTheSameFormatLoads(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("deflators.csv");
        Files.writeString(file, """
                # source: a test series
                # vintage: test
                # base: 2000-01 = 100
                financialYear,index
                1999-00,98.0
                2000/01,100
                2001-02,102.5
                """);
        GdpDeflator series = GdpDeflator.load(file);
        assertThat(series.firstYear()).isEqualTo(1999);
        assertThat(series.lastYear()).isEqualTo(2001);
        assertThat(series.rebase(100, 2000, 2001)).isCloseTo(102.5, within(1e-12));
        assertThat(GdpDeflator.label(1999)).isEqualTo("1999-00");
    }

    @Test
    void aFileWithoutItsCitationOrWithABadRowIsRefusedNamingTheFileAndLine(@TempDir Path dir) throws IOException {
        Path noSource = dir.resolve("no-source.csv");
        Files.writeString(noSource, "# base: 2000-01 = 100\nfinancialYear,index\n2000-01,100\n");
        assertThatThrownBy(() -> GdpDeflator.load(noSource))
                .isInstanceOf(GdpDeflator.DeflatorException.class)
                .hasMessageContaining("no-source.csv").hasMessageContaining("# source:");

        Path badYear = dir.resolve("bad-year.csv");
        Files.writeString(badYear, "# source: s\n# vintage: v\n# base: b\nfinancialYear,index\n2000-02,100\n");
        assertThatThrownBy(() -> GdpDeflator.load(badYear))
                .hasMessageContaining("bad-year.csv line 5").hasMessageContaining("2000-02");

        Path negative = dir.resolve("negative.csv");
        Files.writeString(negative, "# source: s\n# vintage: v\n# base: b\nfinancialYear,index\n2000-01,-3\n");
        assertThatThrownBy(() -> GdpDeflator.load(negative)).hasMessageContaining("line 5").hasMessageContaining("positive");
    }
}
