package cn.batterycarbon.declaration.imports;

import static org.assertj.core.api.Assertions.assertThat;

import cn.batterycarbon.footprint.core.LifeCycleStage;
import cn.batterycarbon.support.BadInputCorpus.BadFile;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The activity-line importer on the shared bad-input corpus, and its template. */
class LineFilesCorpusTests {

    @ParameterizedTest
    @MethodSource("cn.batterycarbon.support.BadInputCorpus#files")
    void everyCorpusFileIsRefusedWithTheReadersKey(BadFile file) {
        LineFiles.ReadResult read = LineFiles.read(file.bytes());
        assertThat(read.problems()).isNotEmpty();
        assertThat(read.problems().get(0).messageKey()).isEqualTo(file.key());
        if (file.name().startsWith("formula")) {
            // named by sheet, row and column: never read as 0
            UploadProblem p = read.problems().get(0);
            assertThat(p.sheet()).isEqualTo("材料获取 RawMaterialExtraction");
            assertThat(p.row()).isEqualTo(2);
            assertThat(p.column()).isEqualTo("C");
        }
    }

    @ParameterizedTest
    @MethodSource("cn.batterycarbon.support.BadInputCorpus#numbers")
    void everyCorpusNumberIsRefusedInTheQuantityColumn(String text, String key) {
        String csv = "阶段 / Stage,类别 / Category,\"材料、部件或活动 / Material, component or activity\","
                + "数量 / Quantity,单位 / Unit,企业或供应商因子值 / Specific factor value,因子单位 / Factor unit\n"
                + "RawMaterialExtraction,MATERIAL,Nickel,\"" + text + "\",kg,20,kgCO2e/kg\n";
        LineFiles.ReadResult read = LineFiles.read(csv.getBytes(StandardCharsets.UTF_8));
        assertThat(read.problems()).isEmpty();
        LineValidator.Result result = new LineValidator()
                .validate(read.rows().get(0).stage(), read.rows().get(0).cells());
        assertThat(result.problems())
                .extracting(LineValidator.Problem::column, LineValidator.Problem::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(LineColumn.QUANTITY, key));
    }

    @Test
    void aWorkbookOfTheTemplateReadsBackAndOffersDropDownLists() throws Exception {
        byte[] xlsx = LineFiles.writeXlsx(
                Map.of(
                        LifeCycleStage.MAIN_PRODUCTION,
                        List.of(LineFiles.row(
                                LineColumn.CATEGORY, "ELECTRICITY",
                                LineColumn.DESCRIPTION, "Electricity",
                                LineColumn.QUANTITY, "3600",
                                LineColumn.UNIT, "kWh",
                                LineColumn.ELECTRICITY_SUPPLY, "GRID"))),
                List.of("help"));
        LineFiles.ReadResult read = LineFiles.read(xlsx);
        assertThat(read.problems()).isEmpty();
        assertThat(read.rows()).hasSize(1);
        assertThat(read.rows().get(0).cells()).containsEntry(LineColumn.QUANTITY, "3600");
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheet(LineFiles.sheetName(LifeCycleStage.MAIN_PRODUCTION));
            List<String> lists = sheet.getDataValidations().stream()
                    .map(v -> v.getRegions().getCellRangeAddress(0).getFirstColumn() + ":"
                            + String.join(
                                    ",",
                                    v.getValidationConstraint().getExplicitListValues() == null
                                            ? List.of(
                                                    v.getValidationConstraint().getFormula1())
                                            : List.of(
                                                    v.getValidationConstraint().getExplicitListValues())))
                    .toList();
            List<LineColumn> columns = LineFiles.columns(false);
            assertThat(lists)
                    .anySatisfy(l -> assertThat(l).startsWith(columns.indexOf(LineColumn.CATEGORY) + ":MATERIAL"))
                    .anySatisfy(l -> assertThat(l).startsWith(columns.indexOf(LineColumn.TRANSPORT_MODE) + ":ROAD"))
                    .anySatisfy(l -> assertThat(l).startsWith(columns.indexOf(LineColumn.ELECTRICITY_SUPPLY) + ":GRID"))
                    .anySatisfy(l -> assertThat(l).startsWith(columns.indexOf(LineColumn.RECYCLING_ROUTE) + ":"))
                    .anySatisfy(l -> assertThat(l).startsWith(columns.indexOf(LineColumn.UNIT) + ":"));
        }
    }
}
