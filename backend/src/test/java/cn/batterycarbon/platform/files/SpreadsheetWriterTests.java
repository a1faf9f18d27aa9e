package cn.batterycarbon.platform.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The one writer: BOM, formula injection neutralized (issue 18.13), numbers as numbers. */
class SpreadsheetWriterTests {

    @Test
    void csvStartsWithABomAndNeutralizesFormulaLikeText() {
        byte[] csv = SpreadsheetWriter.csv(List.of(
                List.of("code", "name", "value"),
                List.of("@SUM(A1:A9)", "=HYPERLINK(\"http://x\")", new BigDecimal("-0.5")),
                List.of("+1+1", "-2-3", "-12.5"),
                List.of("\tcmd", "普通文本", 3.0)));
        assertThat(csv[0]).isEqualTo((byte) 0xEF);
        String text = new String(csv, StandardCharsets.UTF_8).substring(1);
        assertThat(text)
                .contains("'@SUM(A1:A9)")
                .contains("\"'=HYPERLINK(\"\"http://x\"\")\"")
                .contains("'+1+1")
                .contains("'-2-3")
                .contains("'\tcmd")
                // numbers, also negative ones written as text, stay numbers
                .contains(",-0.5")
                .contains(",-12.5")
                .doesNotContain(",@SUM")
                .doesNotContain(",=HYPERLINK");
    }

    @Test
    void aStreamedCsvIsTheSameAsOneWrittenAtOnce() {
        List<List<?>> rows =
                List.of(List.of("code", "name", "value"), List.of("=1+1", "文本, \"引号\"", new BigDecimal("-0.5")));
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (SpreadsheetWriter.CsvStream csv = SpreadsheetWriter.csv(out)) {
            rows.forEach(csv::row);
        }
        assertThat(out.toByteArray()).isEqualTo(SpreadsheetWriter.csv(rows));
        assertThat(new String(out.toByteArray(), StandardCharsets.UTF_8)).startsWith("\uFEFFcode,name,value\r\n'=1+1,");
    }

    @Test
    void xlsxWritesNumbersAsNumericCellsAndTextNeverAsAFormula() throws Exception {
        byte[] xlsx = SpreadsheetWriter.xlsx(List.of(SpreadsheetWriter.SheetData.of(
                "sheet", List.of(List.of("code", "value"), List.of("=1+1", new BigDecimal("12.5"))))));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var row = workbook.getSheetAt(0).getRow(1);
            assertThat(row.getCell(0).getCellType()).isEqualTo(CellType.STRING);
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo("=1+1");
            assertThat(row.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(row.getCell(1).getNumericCellValue()).isEqualTo(12.5);
        }
    }

    @Test
    void whatTheWriterWritesTheReaderReadsBack() {
        byte[] xlsx = SpreadsheetWriter.xlsx(List.of(SpreadsheetWriter.SheetData.of(
                "data", List.of(List.of("a", "b"), List.of(new BigDecimal("0.1"), "文本")))));
        Table table = SpreadsheetReader.readFirst(xlsx, FileLimits.DEFAULT);
        assertThat(table.sheet()).isEqualTo("data");
        assertThat(table.rows().get(1)).containsExactly("0.1", "文本");
        Table csv = SpreadsheetReader.readFirst(
                SpreadsheetWriter.csv(List.of(List.of("a", "b"), List.of("1", "文本"))), FileLimits.DEFAULT);
        assertThat(csv.rows().get(0)).containsExactly("a", "b");
    }
}
