package cn.batterycarbon.factor.web;

import cn.batterycarbon.factor.core.FactorColumn;
import cn.batterycarbon.factor.core.FactorFiles;
import cn.batterycarbon.platform.domain.DomainException;
import cn.batterycarbon.platform.files.Downloads;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** File downloads of factor data (export and the import template), shared by pages and the API. */
final class FactorFileResponses {

    static final MediaType XLSX = Downloads.XLSX;
    static final MediaType CSV = Downloads.CSV;

    private FactorFileResponses() {}

    /** {@code csv} or {@code xlsx}; anything else is refused. */
    static FactorFiles.Format format(String text) {
        try {
            return FactorFiles.Format.valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new DomainException("factor.file.format", text);
        }
    }

    static ResponseEntity<byte[]> attachment(byte[] content, String baseName, FactorFiles.Format format) {
        return Downloads.attachment(content, baseName + (format == FactorFiles.Format.XLSX ? ".xlsx" : ".csv"));
    }

    /** The import template: the header row and one example row (a published grid factor). */
    static byte[] template(FactorFiles.Format format) {
        Map<FactorColumn, String> example = new EnumMap<>(FactorColumn.class);
        example.put(FactorColumn.CODE, "ELEC-GRID");
        example.put(FactorColumn.CATEGORY, "GRID_ELECTRICITY");
        example.put(FactorColumn.NAME_ZH, "电网平均电力");
        example.put(FactorColumn.NAME_EN, "Grid electricity, average");
        example.put(FactorColumn.VALUE, "0.5500");
        example.put(FactorColumn.UNIT, "kgCO2e/kWh");
        example.put(FactorColumn.GEOGRAPHY, "CN-GRID-EAST");
        example.put(FactorColumn.YEAR, "2023");
        example.put(FactorColumn.SOURCE, "生态环境部、国家统计局《关于发布2023年电力二氧化碳排放因子的公告》");
        example.put(FactorColumn.SOURCE_URL, "https://www.mee.gov.cn/");
        example.put(FactorColumn.PEDIGREE_RELIABILITY, "1");
        example.put(FactorColumn.PEDIGREE_COMPLETENESS, "1");
        example.put(FactorColumn.PEDIGREE_TEMPORAL, "1");
        example.put(FactorColumn.PEDIGREE_GEOGRAPHICAL, "1");
        example.put(FactorColumn.PEDIGREE_TECHNOLOGICAL, "1");
        List<Map<FactorColumn, String>> rows = List.of(example);
        return format == FactorFiles.Format.XLSX ? FactorFiles.writeXlsx(rows, "factors") : FactorFiles.writeCsv(rows);
    }
}
