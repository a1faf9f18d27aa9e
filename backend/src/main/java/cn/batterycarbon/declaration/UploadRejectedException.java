package cn.batterycarbon.declaration;

import cn.batterycarbon.declaration.imports.UploadProblem;
import java.util.List;

/** An activity-data file was refused; nothing of it was saved. Names every problem found. */
public class UploadRejectedException extends RuntimeException {

    private final transient List<UploadProblem> problems;

    public UploadRejectedException(List<UploadProblem> problems) {
        super(problems.size() + " problem(s) in the uploaded file");
        this.problems = List.copyOf(problems);
    }

    public List<UploadProblem> problems() {
        return problems;
    }
}
