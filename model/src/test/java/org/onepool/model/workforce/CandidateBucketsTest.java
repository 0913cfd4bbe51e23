package org.onepool.model.workforce;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

class CandidateBucketsTest {
    private static final int CELLS = 3;

    /** Staff with scattered ids in cell 1, every row marked as a stagnating candidate. */
    private static StaffTable staff(int[] ids) {
        StaffTable staff = new StaffTable(ids.length);
        for (int id : ids) staff.add(id, 1, 0, 0, 1000, -400, 50);
        return staff;
    }

    private static CandidateBuckets grouped(StaffTable staff, int mask) {
        CandidateBuckets buckets = new CandidateBuckets(CELLS);
        long[] bits = buckets.reserve(staff.size);
        for (int row = 0; row < staff.size; row++) bits[row >>> 6] |= 1L << row;
        buckets.marked(staff.size);
        buckets.group(staff, mask);
        return buckets;
    }

    /** Taking the first candidate again and again yields the ids in the order of (id ^ mask) without the sign bit. */
    @Test
    void candidatesComeOutInTheMonthsScrambledIdOrderWhateverTheRowOrder() {
        int[] ids = {7, 1_000_003, 42, 65_537, 3, 999, 123_456, 8, 77_777, 5};
        int mask = 0x5bd1e995;
        List<Integer> expected = new ArrayList<>();
        for (int id : ids) expected.add(id);
        expected.sort(Comparator.comparingInt(id -> (id ^ mask) & Integer.MAX_VALUE));

        int[] reversed = new int[ids.length];
        for (int k = 0; k < ids.length; k++) reversed[k] = ids[ids.length - 1 - k];
        for (int[] order : new int[][] {ids, reversed}) {
            StaffTable staff = staff(order);
            CandidateBuckets buckets = grouped(staff, mask);
            int key = buckets.stagnatingKey(1);
            List<Integer> taken = new ArrayList<>();
            while (buckets.size(key) > 0) taken.add(staff.id()[buckets.take(key, buckets.first(key))]);
            assertThat(taken).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void removingOneCandidateKeepsTheOthersOrder() {
        int[] ids = {11, 22, 33, 44, 55, 66};
        int mask = 0x2545F491;
        StaffTable staff = staff(ids);
        CandidateBuckets buckets = grouped(staff, mask);
        int key = buckets.stagnatingKey(1);
        buckets.remove(key, 2);
        List<Integer> expected = new ArrayList<>(List.of(11, 22, 44, 55, 66));
        expected.sort(Comparator.comparingInt(id -> (id ^ mask) & Integer.MAX_VALUE));
        List<Integer> taken = new ArrayList<>();
        while (buckets.size(key) > 0) taken.add(staff.id()[buckets.take(key, buckets.first(key))]);
        assertThat(taken).containsExactlyElementsOf(expected);
        assertThat(buckets.size(buckets.stagnatingKey(0))).isZero();
    }
}
