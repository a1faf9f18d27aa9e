package cn.batterycarbon.declaration;

import cn.batterycarbon.footprint.core.InputProblem;
import java.util.List;

/**
 * The calculation core refused the declaration's lines (a unit that does not fit its factor, a
 * background code the release does not have...). Names every line at fault.
 *
 * @param lineDescriptions the description of each line in calculation order, to name the lines
 */
public class CalculationRefusedException extends RuntimeException {

    private final transient List<InputProblem> problems;
    private final transient List<String> lineDescriptions;

    public CalculationRefusedException(List<InputProblem> problems, List<String> lineDescriptions) {
        super(problems.size() + " problem(s) in the activity lines");
        this.problems = List.copyOf(problems);
        this.lineDescriptions = List.copyOf(lineDescriptions);
    }

    public List<InputProblem> problems() {
        return problems;
    }

    /** The described line of a problem, or null for the declaration as a whole. */
    public String lineOf(InputProblem problem) {
        return problem.lineIndex() < 0 || problem.lineIndex() >= lineDescriptions.size()
                ? null
                : (problem.lineIndex() + 1) + " " + lineDescriptions.get(problem.lineIndex());
    }
}
