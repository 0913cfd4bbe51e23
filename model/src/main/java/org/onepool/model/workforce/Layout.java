package org.onepool.model.workforce;

import java.util.List;
import org.onepool.model.scenario.JobFamily;
import org.onepool.model.scenario.Scenario;

/**
 * Index arithmetic for the compact state, and the only place it is done. A "cell" is partner x job
 * family x grade; a "pf" is partner x job family; a "family grade" is job family x grade (the talent
 * bank's key, shared by every partner). Grades are padded to the largest ladder so cells are a dense
 * range and a pf's real cells are contiguous. The decompositions of a cell or pf are looked up, not
 * divided out: they sit on every per-vacancy path.
 */
public final class Layout {
    private final int partners;
    private final int families;
    private final int grades;
    private final int[] gradesOfFamily;
    private final int[] pfOfCell;
    private final int[] partnerOfCell;
    private final int[] familyOfCell;
    private final int[] gradeOfCell;
    private final boolean[] realCell;
    private final int[] partnerOfPf;
    private final int[] familyOfPf;

    public Layout(int partners, int families, int grades, int[] gradesOfFamily) {
        this.partners = partners;
        this.families = families;
        this.grades = grades;
        this.gradesOfFamily = gradesOfFamily.clone();
        int cells = partners * families * grades;
        pfOfCell = new int[cells];
        partnerOfCell = new int[cells];
        familyOfCell = new int[cells];
        gradeOfCell = new int[cells];
        realCell = new boolean[cells];
        for (int cell = 0; cell < cells; cell++) {
            pfOfCell[cell] = cell / grades;
            partnerOfCell[cell] = cell / (grades * families);
            familyOfCell[cell] = (cell / grades) % families;
            gradeOfCell[cell] = cell % grades;
            realCell[cell] = gradeOfCell[cell] < gradesOfFamily[familyOfCell[cell]];
        }
        partnerOfPf = new int[partners * families];
        familyOfPf = new int[partners * families];
        for (int pf = 0; pf < partnerOfPf.length; pf++) {
            partnerOfPf[pf] = pf / families;
            familyOfPf[pf] = pf % families;
        }
    }

    public static Layout of(Scenario scenario) {
        List<JobFamily> families = scenario.jobFamilies();
        int[] grades = families.stream().mapToInt(JobFamily::grades).toArray();
        int max = 1;
        for (int g : grades) max = Math.max(max, g);
        return new Layout(scenario.partners().size(), families.size(), max, grades);
    }

    public int partners() {
        return partners;
    }

    public int families() {
        return families;
    }

    /** Grades of the longest ladder: every family's cells are padded to it. */
    public int grades() {
        return grades;
    }

    /** Grades in a family's own ladder. */
    public int gradesOfFamily(int family) {
        return gradesOfFamily[family];
    }

    public int cells() {
        return partners * families * grades;
    }

    public int pfs() {
        return partners * families;
    }

    public int cell(int partner, int family, int grade) {
        return (partner * families + family) * grades + grade;
    }

    public int pf(int partner, int family) {
        return partner * families + family;
    }

    /** The first cell of a pf (its grade 0); its real cells run to {@link #endCellOfPf}. */
    public int firstCellOfPf(int pf) {
        return pf * grades;
    }

    /** One past the last real cell of a pf. */
    public int endCellOfPf(int pf) {
        return pf * grades + gradesOfFamily[familyOfPf[pf]];
    }

    /** Job family x grade keys, one per rung of every ladder (padded like cells). */
    public int familyGrades() {
        return families * grades;
    }

    /** The job family x grade key of a cell. */
    public int familyGradeOfCell(int cell) {
        return familyOfCell[cell] * grades + gradeOfCell[cell];
    }

    public int pfOfCell(int cell) {
        return pfOfCell[cell];
    }

    public int partnerOfCell(int cell) {
        return partnerOfCell[cell];
    }

    public int familyOfCell(int cell) {
        return familyOfCell[cell];
    }

    public int gradeOfCell(int cell) {
        return gradeOfCell[cell];
    }

    public int partnerOfPf(int pf) {
        return partnerOfPf[pf];
    }

    public int familyOfPf(int pf) {
        return familyOfPf[pf];
    }

    /** Whether the cell is a real grade of its family (padding cells are never used). */
    public boolean isReal(int cell) {
        return realCell[cell];
    }
}
