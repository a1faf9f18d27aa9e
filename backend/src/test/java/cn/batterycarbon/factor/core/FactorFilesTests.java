package cn.batterycarbon.factor.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reading the exchange file: encodings Chinese Excel produces, XLSX, and files that must be refused. */
class FactorFilesTests {

    static final String CSV = "code,category,name_zh,name_en,value,unit,geography,year,source\n"
            + "NG-COMBUSTION,ENERGY_CARRIER,天然气燃烧,\"Natural gas, combustion\",56.1,kgCO2e/GJ,GLO,2006,IPCC 2006\n";

    @Test
    void utf8WithAndWithoutByteOrderMark() {
        byte[] plain = CSV.getBytes(StandardCharsets.UTF_8);
        byte[] bom = new byte[plain.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(plain, 0, bom, 3, plain.length);
        for (byte[] content : List.of(plain, bom)) {
            FactorFiles.ReadResult read = FactorFiles.read(content);
            assertThat(read.problems()).isEmpty();
            assertThat(read.rows()).hasSize(1);
            assertThat(read.rows().get(0).cells())
                    .containsEntry(FactorColumn.CODE, "NG-COMBUSTION")
                    .containsEntry(FactorColumn.NAME_ZH, "天然气燃烧")
                    .containsEntry(FactorColumn.NAME_EN, "Natural gas, combustion");
            assertThat(read.rows().get(0).row()).isEqualTo(2);
        }
    }

    @Test
    void gb18030AsChineseExcelSavesIt() {
        byte[] gb = CSV.getBytes(Charset.forName("GB18030"));
        FactorFiles.ReadResult read = FactorFiles.read(gb);
        assertThat(read.problems()).isEmpty();
        assertThat(read.rows().get(0).cells()).containsEntry(FactorColumn.NAME_ZH, "天然气燃烧");
    }

    @Test
    void utf16AndBinaryAreRefusedAsWrongEncoding() {
        assertThat(FactorFiles.read(CSV.getBytes(StandardCharsets.UTF_16)).problems())
                .extracting(FactorProblem::messageKey)
                .containsExactly("file.encoding");
        assertThat(FactorFiles.read(CSV.getBytes(StandardCharsets.UTF_16LE)).problems())
                .extracting(FactorProblem::messageKey)
                .containsExactly("file.encoding");
        assertThat(FactorFiles.read(new byte[] {(byte) 0x81, (byte) 0xFF, 0x30, (byte) 0x80})
                        .problems())
                .extracting(FactorProblem::messageKey)
                .containsExactly("file.encoding");
    }

    @Test
    void missingAndUnknownColumnsAreNamed() {
        FactorFiles.ReadResult read =
                FactorFiles.read("code,category,name_zh,colour\nA,B,C,D\n".getBytes(StandardCharsets.UTF_8));
        assertThat(read.rows()).isEmpty();
        assertThat(read.problems())
                .extracting(FactorProblem::messageKey)
                .contains("factor.file.unknownColumn", "factor.file.missingColumn");
        assertThat(read.problems())
                .filteredOn(p -> p.messageKey().equals("factor.file.missingColumn"))
                .extracting(p -> p.arguments()[0])
                .containsExactlyInAnyOrder("name_en", "value", "unit", "geography", "year", "source");
    }

    @Test
    void aFileOverTheLimitIsRefusedBeforeParsing() {
        byte[] big = new byte[(int) FactorFiles.MAX_BYTES + 1];
        assertThat(FactorFiles.read(big).problems())
                .extracting(FactorProblem::messageKey)
                .containsExactly("file.tooLarge");
    }

    @Test
    void oldExcelFilesAreRefusedWithAHint() {
        byte[] xls = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0, 0, 0};
        assertThat(FactorFiles.read(xls).problems())
                .extracting(FactorProblem::messageKey)
                .containsExactly("file.xls");
    }

    @Test
    void xlsxWrittenByTheExportReadsBackTheSame() {
        FactorEntry entry =
                FactorRowValidator.validate(2, FactorRowValidatorTests.row()).entry();
        Map<FactorColumn, String> cells = FactorFiles.cells(entry);
        byte[] xlsx = FactorFiles.writeXlsx(List.of(cells), "factors");
        FactorFiles.ReadResult read = FactorFiles.read(xlsx);
        assertThat(read.problems()).isEmpty();
        FactorEntry back =
                FactorRowValidator.validate(2, read.rows().get(0).cells()).entry();
        assertThat(back).isEqualTo(entry);

        byte[] csv = FactorFiles.writeCsv(List.of(cells));
        assertThat(FactorRowValidator.validate(
                                2, FactorFiles.read(csv).rows().get(0).cells())
                        .entry())
                .isEqualTo(entry);
    }

    /** The shared bad-input corpus: the same refusal as the other importers. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.MethodSource("cn.batterycarbon.support.BadInputCorpus#files")
    void everyCorpusFileIsRefusedWithTheReadersKey(cn.batterycarbon.support.BadInputCorpus.BadFile file) {
        assertThat(FactorFiles.read(file.bytes()).problems())
                .extracting(FactorProblem::messageKey)
                .first()
                .isEqualTo(file.key());
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.MethodSource("cn.batterycarbon.support.BadInputCorpus#numbers")
    void everyCorpusNumberIsRefusedInTheValueColumn(String text, String key) {
        java.util.Map<FactorColumn, String> cells = FactorRowValidatorTests.row();
        cells.put(FactorColumn.VALUE, text);
        assertThat(FactorRowValidator.validate(2, cells).problems())
                .extracting(FactorProblem::column, FactorProblem::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(FactorColumn.VALUE, key));
    }
}
