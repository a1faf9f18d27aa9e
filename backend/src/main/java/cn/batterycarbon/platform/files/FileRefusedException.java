package cn.batterycarbon.platform.files;

/** The file cannot be read at all (format, encoding, size, syntax); the importer reports it. */
public class FileRefusedException extends RuntimeException {

    private final transient FileProblem problem;

    public FileRefusedException(FileProblem problem) {
        super(problem.messageKey());
        this.problem = problem;
    }

    public FileProblem problem() {
        return problem;
    }
}
