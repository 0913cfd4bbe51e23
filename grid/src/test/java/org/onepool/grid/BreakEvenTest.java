package org.onepool.grid;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BreakEvenTest {
    @Test
    void onALineTheInterpolatedCrossingIsExact() {
        // y = 3x - 1.5 crosses zero at x = 0.5, between the grid points 0 and 1.
        assertThat(BreakEven.of(List.of(0.0, 1.0, 2.0), List.of(-1.5, 1.5, 4.5))).isEqualTo(0.5);
        // Falling, on a descending axis: y = 2 - x over 4, 3, 1 crosses at 2.
        assertThat(BreakEven.of(List.of(4.0, 3.0, 1.0), List.of(-2.0, -1.0, 1.0))).isEqualTo(2.0);
    }

    @Test
    void aZeroOnAGridPointIsThatPoint() {
        assertThat(BreakEven.of(List.of(1.0, 2.0, 3.0), List.of(-1.0, 0.0, 1.0))).isEqualTo(2.0);
    }

    @Test
    void noCrossingWithinTheRangeIsNoAnswer() {
        assertThat(BreakEven.of(List.of(1.0, 2.0), List.of(1.0, 2.0))).isNull();
        assertThat(BreakEven.of(List.of(1.0, 2.0), List.of(-1.0, -2.0))).isNull();
        assertThat(BreakEven.of(List.of(1.0), List.of(-1.0))).isNull();
    }

    @Test
    void theFirstCrossingAlongTheAxisIsTaken() {
        assertThat(BreakEven.of(List.of(0.0, 1.0, 2.0, 3.0), List.of(-1.0, 1.0, -1.0, 1.0))).isEqualTo(0.5);
    }
}
