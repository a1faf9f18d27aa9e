package cn.batterycarbon.footprint;

import cn.batterycarbon.factor.FactorCatalog;
import cn.batterycarbon.footprint.core.DeclarationInput;
import cn.batterycarbon.footprint.core.FactorResolver;
import cn.batterycarbon.footprint.core.FootprintCalculator;
import cn.batterycarbon.footprint.core.FootprintResult;
import cn.batterycarbon.footprint.core.PerformanceClassTable;
import cn.batterycarbon.platform.web.NotFoundException;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Footprint calculations for the web layer and other modules: picks the published factor release
 * (the one asked for, or the latest), runs the core and classifies the result.
 */
@Service
public class FootprintCalculations {

    /** Why no release could be used. */
    public enum ReleaseProblem {
        /** No background factor database in this application (no {@link FactorCatalog}). */
        DATABASE_UNAVAILABLE,
        /** No published release with the code asked for. */
        UNKNOWN_RELEASE,
        /** Nothing published yet. */
        NOTHING_PUBLISHED
    }

    /** A resolver for the chosen release, or why there is none. */
    public record Release(FactorResolver resolver, ReleaseProblem problem) {}

    private final ObjectProvider<FactorCatalog> catalog;
    private final FootprintCalculator calculator = new FootprintCalculator();
    private final PerformanceClassTable performanceClasses = PerformanceClassTable.platformDefault();

    public FootprintCalculations(ObjectProvider<FactorCatalog> catalog) {
        this.catalog = catalog;
    }

    /** The published release {@code releaseCode}, or the latest published one when it is null. */
    public Release release(String releaseCode) {
        FactorCatalog factors = catalog.getIfAvailable();
        if (factors == null) {
            return new Release(FactorResolver.none(), ReleaseProblem.DATABASE_UNAVAILABLE);
        }
        Optional<String> code = releaseCode == null ? factors.latestPublishedRelease() : Optional.of(releaseCode);
        if (code.isEmpty()) {
            return new Release(FactorResolver.none(), ReleaseProblem.NOTHING_PUBLISHED);
        }
        try {
            return new Release(new FactorTableResolver(factors.publishedRelease(code.get())), null);
        } catch (NotFoundException e) {
            return new Release(FactorResolver.none(), ReleaseProblem.UNKNOWN_RELEASE);
        }
    }

    /** @throws cn.batterycarbon.footprint.core.CalculationInputException naming every bad line */
    public FootprintResult calculate(DeclarationInput input, FactorResolver resolver) {
        return calculator.calculate(input, resolver);
    }

    public PerformanceClassTable performanceClasses() {
        return performanceClasses;
    }
}
