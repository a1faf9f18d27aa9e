package cn.batterycarbon.responsibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import cn.batterycarbon.responsibility.core.FinalDemandCategory;
import cn.batterycarbon.responsibility.core.IoTable;
import cn.batterycarbon.responsibility.core.IoTableException;
import cn.batterycarbon.responsibility.core.IoTableReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class TableFilesTests {

    private static final String GENERIC = """
            code,name_zh,name_en,1,2,URBAN_HOUSEHOLDS,EXPORTS,IMPORTS,COMPENSATION,NET_TAXES,DEPRECIATION,OPERATING_SURPLUS,GROSS_OUTPUT
            1,部门一,Sector 1,150,500,300,100,-50,400,50,0,200,1000
            2,部门二,Sector 2,200,100,1700,0,0,800,100,0,500,2000
            """;

    @Test
    void readsTheSameTableFromXlsxWithNumbersAtFullPrecision() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("IO");
            List<String> lines = GENERIC.strip().lines().toList();
            for (int r = 0; r < lines.size(); r++) {
                Row row = sheet.createRow(r);
                String[] cells = lines.get(r).split(",");
                for (int c = 0; c < cells.length; c++) {
                    if (r > 0 && c >= 3) {
                        row.createCell(c).setCellValue(Double.parseDouble(cells[c]) + (c == 3 && r == 1 ? 1e-9 : 0));
                    } else {
                        row.createCell(c).setCellValue(cells[c]);
                    }
                }
            }
            workbook.write(out);
        }
        IoTable table = IoTableReader.read(TableFiles.read(new ByteArrayInputStream(out.toByteArray()), "io.xlsx"))
                .table();
        assertThat(table.sector(1).nameZh()).isEqualTo("部门二");
        assertThat(table.intermediate().get(0, 0)).isEqualTo(150 + 1e-9);
        assertThat(table.finalDemand(0, FinalDemandCategory.IMPORTS)).isEqualTo(-50);
    }

    @Test
    void readsCsvWithAByteOrderMark() {
        byte[] csv = ("\uFEFF" + GENERIC).getBytes(StandardCharsets.UTF_8);
        IoTable table = IoTableReader.read(TableFiles.read(new ByteArrayInputStream(csv), "io.csv"))
                .table();
        assertThat(table.size()).isEqualTo(2);
    }

    @Test
    void readsCsvSavedAsGb18030ByChineseExcel() {
        byte[] csv = GENERIC.getBytes(java.nio.charset.Charset.forName("GB18030"));
        IoTable table = IoTableReader.read(TableFiles.read(new ByteArrayInputStream(csv), "io.csv"))
                .table();
        assertThat(table.size()).isEqualTo(2);
        assertThat(table.sector(0).nameZh()).isEqualTo("部门一");
    }

    @Test
    void refusesCsvInAnEncodingItCannotRead() {
        byte[] utf16 = GENERIC.getBytes(StandardCharsets.UTF_16);
        IoTableException e = catchThrowableOfType(
                IoTableException.class, () -> TableFiles.read(new ByteArrayInputStream(utf16), "io.csv"));
        assertThat(e.messageKey()).isEqualTo("file.encoding");
    }

    @Test
    void aBrokenSpreadsheetIsRefusedAsUnreadable() {
        IoTableException e = catchThrowableOfType(
                IoTableException.class,
                () -> TableFiles.read(new ByteArrayInputStream("PK not a zip".getBytes()), "io.xlsx"));
        assertThat(e.messageKey()).isEqualTo("file.xlsxUnreadable");
    }

    /** The shared bad-input corpus: the same refusal as the other importers (the formula with its cell). */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.MethodSource("cn.batterycarbon.support.BadInputCorpus#files")
    void everyCorpusFileIsRefusedWithTheReadersKey(cn.batterycarbon.support.BadInputCorpus.BadFile file) {
        IoTableException e = catchThrowableOfType(
                IoTableException.class, () -> TableFiles.read(new ByteArrayInputStream(file.bytes()), file.name()));
        if (file.key().equals("file.formulaWithoutValue")) {
            assertThat(e.messageKey()).isEqualTo("responsibility.io.formula");
            assertThat(e.arguments()).containsExactly(2, "C");
        } else {
            assertThat(e.messageKey()).isEqualTo(file.key());
        }
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.MethodSource("cn.batterycarbon.support.BadInputCorpus#numbers")
    void everyCorpusNumberIsRefusedInAMatrixCell(String text, String key) {
        String csv = GENERIC.replaceFirst("(?m)^(1,[^,]*,[^,]*,)[^,]*", "$1\"" + text + "\"");
        assertThat(csv).isNotEqualTo(GENERIC);
        IoTableException e = catchThrowableOfType(
                IoTableException.class,
                () -> IoTableReader.read(
                        TableFiles.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "io.csv")));
        if (key.equals("number.format") || key.equals("number.notFinite")) {
            assertThat(e.messageKey()).isEqualTo("responsibility.io.notNumeric");
        } else {
            assertThat(e.messageKey()).isEqualTo("responsibility.io.number");
            assertThat(((cn.batterycarbon.platform.numbers.NumberRefusedException) e.arguments()[2]).messageKey())
                    .isEqualTo(key);
        }
    }
}
