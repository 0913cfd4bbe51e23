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
     * Source: ONS series YBGB (GDP at market prices: implied deflator: SA, 2022 = 100), Quarterly National
     * Accounts release of 30 June 2025. Published quarters: 2001 Q2 62.4, Q3 62.4, Q4 62.2, 2002 Q1 62.9;
     * 2017 Q2 86.5, Q3 86.6, Q4 87.4, 2018 Q1 87.5; 2024 Q2 110.1, Q3 112.1, Q4 113.2, 2025 Q1 114.1. A
     * financial year is the mean of its four quarters.
     */
    @Test
    void bundledSeriesMatchesThePublishedQuartersForThreeYears() {
        assertThat(bundled.index(2001)).isCloseTo((62.4 + 62.4 + 62.2 + 62.9) / 4, within(1e-9));
        assertThat(bundled.index(2017)).isCloseTo((86.5 + 86.6 + 87.4 + 87.5) / 4, within(1e-9));
        assertThat(bundled.index(2024)).isCloseTo((110.1 + 112.1 + 113.2 + 114.1) / 4, within(1e-9));
        assertThat(bundled.base()).isEqualTo("2022 = 100 (calendar year)");
        assertThat(bundled.vintage()).contains("30 June 2025");
        assertThat(bundled.source()).contains("Office for National Statistics").contains("YBGB")
                .contains("https://www.ons.gov.uk/economy/grossdomesticproductgdp/timeseries/ybgb/ukea");
        assertThat(bundled.firstYear()).isEqualTo(1955);
        assertThat(bundled.lastYear()).isEqualTo(2024);
    }

    @Test
    void rebasingMovesAnAmountByTheRatioOfThePublishedIndices() {
        // £143 in 2017-18 prices in 2024-25 prices: 143 x 112.375 / 87.0, worked in exact decimals.
        double expected = new BigDecimal("143").multiply(new BigDecimal("112.375"))
                .divide(new BigDecimal("87.0"), MathContext.DECIMAL64).doubleValue();
        assertThat(bundled.rebase(143, 2017, 2024)).isCloseTo(expected, within(1e-9));
        assertThat(expected).isCloseTo(184.71, within(0.01));
        // An amount equal to the index of its year rebases to the index of the target year.
        assertThat(bundled.rebase(87.0, 2017, 2024)).isCloseTo(112.375, within(1e-12));
        assertThat(bundled.rebase(123.45, 1958, 1958)).isEqualTo(123.45);
        // Rebasing through an intermediate year is the same as rebasing directly, and a round trip returns the amount.
        double direct = bundled.rebase(250_000, 2001, 2022);
        double viaAnotherYear = bundled.rebase(bundled.rebase(250_000, 2001, 2010), 2010, 2022);
        assertThat(viaAnotherYear).isCloseTo(direct, within(1e-9));
        assertThat(bundled.rebase(direct, 2022, 2001)).isCloseTo(250_000, within(1e-9));
    }

    @Test
    void aYearOutsideTheSeriesIsRefusedNamingTheYearAndTheRange() {
        assertThatThrownBy(() -> bundled.index(2027))
                .isInstanceOf(GdpDeflator.DeflatorException.class)
                .hasMessageContaining("2027-28").hasMessageContaining("1955-56 to 2024-25");
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
