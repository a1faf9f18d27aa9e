package cn.batterycarbon.responsibility.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SectorSplitTests {

    @Test
    void proportionalSplitBalancesAndKeepsOtherSectorsUnchanged() {
        IoTable table = MillerBlairExample.table();
        IoTable split = SectorSplit.split(
                table, new SectorSplit.Request("1", "1b", "新部门", "New sector", 0.3, Map.of(), Map.of()));
        assertThat(split.size()).isEqualTo(3);
        int n = split.indexOf("1b");
        assertThat(split.grossOutput(n)).isCloseTo(300, within(1e-9));
        assertThat(split.grossOutput(0)).isCloseTo(700, within(1e-9));
        assertThat(split.intermediate().get(n, n)).isCloseTo(0.09 * 150, within(1e-9));
        assertThat(split.intermediate().get(0, 1) + split.intermediate().get(n, 1))
                .isCloseTo(500, within(1e-9));
        assertThat(split.grossOutput(1)).isEqualTo(2000);
        // the split table is still a valid table (the constructor checks both identities), and
        // allocating the new sector conserves
        AllocationResult result = new ResponsibilityAllocator(split)
                .allocate(
                        new AllocationParameters("1b", 10, 0, 0.5, AllocationRule.VALUE_ADDED, Map.of(), Depth.of(3)));
        assertThat(result.allocatedSum()).isCloseTo(10, within(1e-12));
    }

    @Test
    void customSalesAndInputStructuresAreApplied() {
        IoTable table = MillerBlairExample.table();
        IoTable split = SectorSplit.split(
                table,
                new SectorSplit.Request(
                        "1",
                        "1b",
                        "新部门",
                        "New sector",
                        0.2,
                        Map.of("2", 3.0, "EXPORTS", 1.0),
                        Map.of("2", 1.0, "OPERATING_SURPLUS", 1.0)));
        int n = split.indexOf("1b");
        // remaining sales 0.2 (1000 - 150) = 170: three quarters to sector 2, one quarter exported
        assertThat(split.intermediate().get(n, 1)).isCloseTo(127.5, within(1e-9));
        assertThat(split.finalDemand(n, FinalDemandCategory.EXPORTS)).isCloseTo(42.5, within(1e-9));
        assertThat(split.finalDemand(0, FinalDemandCategory.EXPORTS)).isCloseTo(-42.5, within(1e-9));
        assertThat(split.intermediate().get(1, n)).isCloseTo(85, within(1e-9));
        assertThat(split.valueAdded(n, ValueAddedComponent.OPERATING_SURPLUS)).isCloseTo(85, within(1e-9));
    }

    @Test
    void refusesAStructureThatLeavesTheParentWithNegativeSales() {
        IoTable table = MillerBlairExample.table();
        IoTableException e = catchThrowableOfType(
                IoTableException.class,
                () -> SectorSplit.split(
                        table, new SectorSplit.Request("1", "1b", "新", "New", 0.9, Map.of("2", 1.0), Map.of())));
        assertThat(e.messageKey()).isEqualTo("responsibility.split.negativeParent");
        assertThat(e.arguments()).containsExactly("2");
    }

    @Test
    void refusesBadShareUnknownParentAndExistingCode() {
        IoTable table = MillerBlairExample.table();
        assertThat(catchThrowableOfType(
                                IoTableException.class,
                                () -> SectorSplit.split(
                                        table, new SectorSplit.Request("1", "1b", "", "", 1.0, Map.of(), Map.of())))
                        .messageKey())
                .isEqualTo("responsibility.split.share.invalid");
        assertThat(catchThrowableOfType(
                                IoTableException.class,
                                () -> SectorSplit.split(
                                        table, new SectorSplit.Request("7", "1b", "", "", 0.5, Map.of(), Map.of())))
                        .messageKey())
                .isEqualTo("responsibility.split.unknownSector");
        assertThat(catchThrowableOfType(
                                IoTableException.class,
                                () -> SectorSplit.split(
                                        table, new SectorSplit.Request("1", "2", "", "", 0.5, Map.of(), Map.of())))
                        .messageKey())
                .isEqualTo("responsibility.io.duplicateCode");
    }

    @Test
    void splitsBatteriesOutOfTheNationalTable() throws Exception {
        IoTable table = China2020AllocationTests.readChina2020();
        IoTable split = SectorSplit.split(
                table, new SectorSplit.Request("087", "087EV", "电动汽车电池", "EV batteries", 0.4, Map.of(), Map.of()));
        assertThat(split.size()).isEqualTo(154);
        AllocationResult result = new ResponsibilityAllocator(split)
                .allocate(new AllocationParameters(
                        "087EV", 366.66, 0, 0.5, AllocationRule.PROFIT, Map.of(), Depth.INFINITE));
        assertThat(Math.abs(result.allocatedSum() - 366.66) / 366.66).isLessThan(1e-9);
    }
}
