package cn.batterycarbon.footprint.core;

import java.util.List;

/** The declaration cannot be calculated; lists every problem found, not just the first. */
public class CalculationInputException extends IllegalArgumentException {

    private final transient List<InputProblem> problems;

    public CalculationInputException(List<InputProblem> problems) {
        super(problems.size() + " problem(s): "
                + problems.stream().map(p -> p.path() + " " + p.messageKey()).toList());
        this.problems = List.copyOf(problems);
    }

    public List<InputProblem> problems() {
        return problems;
    }
}
