package cn.batterycarbon.factor;

import cn.batterycarbon.factor.core.FactorProblem;
import java.util.List;

/**
 * Factor input was refused: every problem found, each naming its row and column. Nothing was
 * written.
 */
public class FactorImportException extends RuntimeException {

    private final transient List<FactorProblem> problems;

    public FactorImportException(List<FactorProblem> problems) {
        super(problems.size() + " problem(s) in factor input: "
                + problems.stream().limit(5).toList());
        this.problems = List.copyOf(problems);
    }

    public List<FactorProblem> problems() {
        return problems;
    }
}
