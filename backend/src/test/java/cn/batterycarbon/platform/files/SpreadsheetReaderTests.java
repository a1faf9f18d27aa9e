package cn.batterycarbon.platform.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The one reader: encodings, limits while reading, a large workbook as a stream (issue 18.14). */
public class SpreadsheetReaderTests {

    @Test
    void readsCsvInUtf8WithOrWithoutBomAndInGb18030() {
        String csv = "代码,名称\n001,电池\n";
        for (byte[] bytes : List.of(
                csv.getBytes(StandardCharsets.UTF_8),
                ("\uFEFF" + csv).getBytes(StandardCharsets.UTF_8),
                csv.getBytes(Charset.forName("GB18030")))) {
            Table table = SpreadsheetReader.readFirst(bytes, FileLimits.DEFAULT);
            assertThat(table.rows().get(0)).containsExactly("代码", "名称");
            assertThat(table.rows().get(1)).containsExactly("001", "电池");
        }
    }

    @Test
    void limitsAreCheckedWhileReadingAndNamed() {
        FileLimits small = new FileLimits(1_000_000L, 2, 3, 100L);
        assertThatThrownBy(() -> SpreadsheetReader.readFirst("a\n1\n2\n3\n".getBytes(), small))
                .isInstanceOfSatisfying(FileRefusedException.class, e -> {
                    assertThat(e.problem().messageKey()).isEqualTo("file.tooManyRows");
                    assertThat(e.problem().row()).isEqualTo(4);
                });
        assertThatThrownBy(() -> SpreadsheetReader.readFirst("a,b,c,d\n".getBytes(), small))
                .isInstanceOfSatisfying(FileRefusedException.class, e -> {
                    assertThat(e.problem().messageKey()).isEqualTo("file.tooManyColumns");
                    assertThat(e.problem().column()).isEqualTo("D");
                });
        assertThatThrownBy(() -> SpreadsheetReader.readFirst(new byte[2_000_000], small))
                .hasFieldOrPropertyWithValue("problem.messageKey", "file.tooLarge");
    }

    /** A numeric cell a double cannot hold (1E-400 in the file) keeps its text for the number rule, not 0. */
    @Test
    void aNumberADoubleCannotHoldIsNotReadAsZero() {
        byte[] xlsx = cn.batterycarbon.support.BadInputCorpus.resourceBytes("bad-input/tiny-number.xlsx");
        Table table = SpreadsheetReader.readFirst(xlsx, FileLimits.DEFAULT);
        assertThat(table.rows().get(1).get(2)).isEqualTo("1E-400");
    }

    /**
     * 125,000 rows of 15 cells (the probe's 17.9 MB workbook answered 500 after 45 s, out of
     * memory): read as a stream. Memory: backend/bench/large-xlsx.sh reads it with -Xmx256m.
     */
    @Test
    void aLargeWorkbookIsReadAsAStream() throws Exception {
        byte[] xlsx = LargeWorkbook.write(125_000);
        Table table = SpreadsheetReader.readFirst(xlsx, FileLimits.DEFAULT);
        assertThat(table.rows()).hasSize(125_001);
        assertThat(table.rows().get(125_000).get(3)).isEqualTo("124999.5");
    }

    /** A workbook like the probe's: a header and {@code rows} rows of text and numbers. */
    public static final class LargeWorkbook {
        public static byte[] write(int rows) throws Exception {
            try (SXSSFWorkbook workbook = new SXSSFWorkbook(100);
                    ByteArrayOutputStream out = new ByteArrayOutputStream()) {
                Sheet sheet = workbook.createSheet("材料获取 RawMaterialExtraction");
                List<String> header = new ArrayList<>(List.of(
                        "类别 / Category", "材料、部件或活动 / Material, component or activity", "单位 / Unit", "数量 / Quantity"));
                for (int c = header.size(); c < 15; c++) {
                    header.add("extra " + c);
                }
                Row head = sheet.createRow(0);
                for (int c = 0; c < header.size(); c++) {
                    head.createCell(c).setCellValue(header.get(c));
                }
                for (int r = 1; r <= rows; r++) {
                    Row row = sheet.createRow(r);
                    row.createCell(0).setCellValue("MATERIAL");
                    row.createCell(1).setCellValue("Material number " + r + " with a longer description");
                    row.createCell(2).setCellValue("kg");
                    row.createCell(3).setCellValue(r - 0.5);
                    for (int c = 4; c < 15; c++) {
                        row.createCell(c).setCellValue("text " + (r * 31 + c));
                    }
                }
                workbook.write(out);
                workbook.close();
                return out.toByteArray();
            }
        }
    }
}
