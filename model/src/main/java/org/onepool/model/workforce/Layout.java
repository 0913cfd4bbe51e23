package org.onepool.model.workforce;

import java.util.List;
import org.onepool.model.scenario.JobFamily;
import org.onepool.model.scenario.Scenario;

/**
 * Index arithmetic for the compact state. A "cell" is partner x job family x grade; a "pf" is
 * partner x job family. Grades are padded to the largest ladder so cells are a dense range.
 */
public record Layout(int partners, int families, int grades, int[] gradesOfFamily) {

    public static Layout of(Scenario scenario) {
        List<JobFamily> families = scenario.jobFamilies();
        int[] grades = families.stream().mapToInt(JobFamily::grades).toArray();
        int max = 1;
        for (int g : grades) max = Math.max(max, g);
        return new Layout(scenario.partners().size(), families.size(), max, grades);
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

    public int pfOfCell(int cell) {
        return cell / grades;
    }

    public int partnerOfCell(int cell) {
        return cell / (grades * families);
    }

    public int familyOfCell(int cell) {
        return (cell / grades) % families;
    }

    public int gradeOfCell(int cell) {
        return cell % grades;
    }

    public int partnerOfPf(int pf) {
        return pf / families;
    }

    public int familyOfPf(int pf) {
        return pf % families;
    }

    /** Whether the cell is a real grade of its family (padding cells are never used). */
    public boolean isReal(int cell) {
        return gradeOfCell(cell) < gradesOfFamily[familyOfCell(cell)];
    }
}
