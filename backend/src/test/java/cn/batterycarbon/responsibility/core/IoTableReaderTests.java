package cn.batterycarbon.responsibility.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class IoTableReaderTests {

    static final String GENERIC = """
            code,name_zh,name_en,1,2,URBAN_HOUSEHOLDS,EXPORTS,IMPORTS,COMPENSATION,NET_TAXES,DEPRECIATION,OPERATING_SURPLUS,GROSS_OUTPUT
            1,部门一,Sector 1,150,500,300,100,-50,400,50,0,200,1000
            2,部门二,Sector 2,200,100,1700,0,0,800,100,0,500,2000
            """;

    static List<List<String>> grid(String csv) {
        List<List<String>> rows = new ArrayList<>();
        for (String line : csv.strip().split("\n")) {
            rows.add(new ArrayList<>(Arrays.asList(line.split(",", -1))));
        }
        return rows;
    }

    private static IoTableException failure(String csv) {
        return catchThrowableOfType(IoTableException.class, () -> IoTableReader.read(grid(csv)));
    }

    @Test
    void readsTheDocumentedGenericLayout() {
        IoTableReader.ReadTable read = IoTableReader.read(grid(GENERIC));
        IoTable table = read.table();
        assertThat(read.layout()).isEqualTo(IoTableReader.Layout.GENERIC);
        assertThat(table.size()).isEqualTo(2);
        assertThat(table.sector(1).nameZh()).isEqualTo("部门二");
        assertThat(table.intermediate().get(0, 1)).isEqualTo(500);
        assertThat(table.netFinalDemand(0)).isEqualTo(350);
        assertThat(table.finalDemand(0, FinalDemandCategory.IMPORTS)).isEqualTo(-50);
        assertThat(table.valueAdded(1, ValueAddedComponent.OPERATING_SURPLUS)).isEqualTo(500);
    }

    @Test
    void namesTheRowAndColumnOfANonNumericCell() {
        IoTableException e = failure(GENERIC.replace("1700", "abc"));
        assertThat(e.messageKey()).isEqualTo("responsibility.io.notNumeric");
        assertThat(e.arguments()).containsExactly(3, "URBAN_HOUSEHOLDS", "abc");
    }

    @Test
    void refusesADuplicatedSectorCode() {
        String duplicated = GENERIC.strip() + "\n1,重复,Again,0,0,0,0,0,0,0,0,0,0";
        IoTableException e = failure(duplicated);
        assertThat(e.messageKey()).isEqualTo("responsibility.io.duplicateCode");
        assertThat(e.arguments()).containsExactly("1");
    }

    @Test
    void refusesAnUnbalancedTableNamingTheSectors() {
        IoTableException e = failure(GENERIC.replace(",2000", ",2100"));
        assertThat(e.messageKey()).isEqualTo("responsibility.io.unbalanced");
        assertThat(e.arguments()[0]).isEqualTo(1);
        assertThat((String) e.arguments()[1]).startsWith("2 (");
    }

    @Test
    void refusesMissingColumnsAndUnknownLayouts() {
        assertThat(failure(GENERIC.replace("OPERATING_SURPLUS", "PROFIT")).messageKey())
                .isEqualTo("responsibility.io.missingColumn");
        assertThat(failure("a,b\n1,2").messageKey()).isEqualTo("responsibility.io.unknownLayout");
        assertThat(failure("").messageKey()).isEqualTo("responsibility.io.empty");
    }

    @Test
    void readsTheNbsLayoutWithImportsNegativeAndBalances() throws Exception {
        IoTable table = China2020AllocationTests.readChina2020();
        int k = table.indexOf("087");
        assertThat(table.sector(k).nameZh()).isNotBlank();
        double output = table.grossOutput(k);
        assertThat(table.intermediate().rowSum(k) + table.netFinalDemand(k))
                .isCloseTo(output, org.assertj.core.data.Percentage.withPercentage(1e-4));
        assertThat(table.valueAdded(k, ValueAddedComponent.OPERATING_SURPLUS)).isPositive();
    }
}
