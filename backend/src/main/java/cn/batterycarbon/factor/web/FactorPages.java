package cn.batterycarbon.factor.web;

import cn.batterycarbon.factor.core.FactorCategory;
import cn.batterycarbon.factor.core.FactorColumn;
import cn.batterycarbon.factor.core.FactorProblem;
import cn.batterycarbon.factor.core.Geographies;
import cn.batterycarbon.platform.units.ActivityUnits;
import java.util.List;
import java.util.Map;
import org.springframework.validation.BindingResult;

/** What several factor pages share: the choice lists of the forms and how problems reach a form. */
final class FactorPages {

    static final List<String> DISTRIBUTIONS = List.of("LOGNORMAL", "NORMAL", "UNIFORM", "TRIANGULAR");

    private FactorPages() {}

    static Map<String, Object> choices() {
        return Map.of(
                "categories", FactorCategory.values(),
                "geographies", Geographies.codes(),
                "distributions", DISTRIBUTIONS,
                "quantityUnits", ActivityUnits.quantityUnits());
    }

    /** Puts each problem next to the form field of its column, or at the top of the form. */
    static void reject(BindingResult form, List<FactorProblem> problems) {
        for (FactorProblem problem : problems) {
            String field = problem.column() == null ? null : FactorForm.field(problem.column());
            if (field == null) {
                form.reject(problem.messageKey(), problem.arguments(), problem.messageKey());
            } else {
                form.rejectValue(field, problem.messageKey(), problem.arguments(), problem.messageKey());
            }
        }
    }

    static String header(FactorColumn column) {
        return column == null ? "" : column.header();
    }
}
