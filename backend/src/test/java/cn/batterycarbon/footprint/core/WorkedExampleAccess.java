package cn.batterycarbon.footprint.core;

/**
 * Gives tests of other modules (declarations) the worked examples of docs/methodology.md, whose
 * figures {@link WorkedExamplesTests} checks against the document, so they are not retyped.
 */
public final class WorkedExampleAccess {

    private WorkedExampleAccess() {}

    public static DeclarationInput lfp() {
        return WorkedExamples.lfp();
    }

    /** The LFP example as the core calculates it (the figures of methodology.md §10). */
    public static FootprintResult lfpResult() {
        return new FootprintCalculator().calculate(WorkedExamples.lfp(), FactorResolver.none());
    }
}
