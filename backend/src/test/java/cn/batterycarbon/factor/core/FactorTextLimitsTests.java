package cn.batterycarbon.factor.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** A factor unit longer than its column is a message on the unit, not a database error (issue 18 point 2). */
class FactorTextLimitsTests {

    @Test
    void aSixtyCharacterUnitIsRefusedNamingTheColumn() {
        Map<FactorColumn, String> cells = FactorRowValidatorTests.row();
        cells.put(FactorColumn.UNIT, "kgCO2e/" + "k".repeat(53));
        assertThat(FactorRowValidator.validate(2, cells).problems()).anySatisfy(problem -> {
            assertThat(problem.column()).isEqualTo(FactorColumn.UNIT);
            assertThat(problem.messageKey()).isEqualTo("factor.problem.tooLong");
        });
    }
}
