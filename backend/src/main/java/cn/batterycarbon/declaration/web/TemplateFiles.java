package cn.batterycarbon.declaration.web;

import cn.batterycarbon.declaration.LineData;
import cn.batterycarbon.declaration.imports.LineColumn;
import cn.batterycarbon.declaration.imports.LineFiles;
import cn.batterycarbon.footprint.core.FactorSource;
import cn.batterycarbon.footprint.core.LifeCycleStage;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The downloadable activity-data templates, with instructions in both languages. */
@Component
class TemplateFiles {

    static final int HELP_LINES = 9;

    private final MessageSource messages;

    TemplateFiles(MessageSource messages) {
        this.messages = messages;
    }

    /** The empty template: one example row on the first sheet, drop-down lists for the coded columns. */
    byte[] xlsx() {
        return LineFiles.writeXlsx(Map.of(LifeCycleStage.RAW_MATERIAL_EXTRACTION, List.of(EXAMPLE)), help());
    }

    /** The template pre-filled with a declaration's lines, ready to edit and upload again. */
    byte[] xlsx(List<LineData> lines) {
        Map<LifeCycleStage, List<Map<LineColumn, String>>> rows = new EnumMap<>(LifeCycleStage.class);
        for (LineData line : lines) {
            rows.computeIfAbsent(line.stage(), s -> new ArrayList<>()).add(cells(line));
        }
        return LineFiles.writeXlsx(rows, help());
    }

    /** An example row (marked as such) that uploads as it is. */
    static final Map<LineColumn, String> EXAMPLE = LineFiles.row(
            LineColumn.CATEGORY, "MATERIAL",
            LineColumn.DESCRIPTION, "示例：磷酸铁锂正极材料 / Example: LFP cathode material",
            LineColumn.QUANTITY, "120",
            LineColumn.UNIT, "kg",
            LineColumn.FACTOR_VALUE, "9.5",
            LineColumn.FACTOR_UNIT, "kgCO2e/kg",
            LineColumn.FACTOR_SOURCE, "SUPPLIER",
            LineColumn.FACTOR_CITATION, "示例 / example",
            LineColumn.RECYCLED_SHARE, "0.1");

    static Map<LineColumn, String> cells(LineData line) {
        Map<LineColumn, String> cells = LineForm.of(line).cells();
        if (line.factorSource() != null) {
            // the words of the template's drop-down list
            cells.put(
                    LineColumn.FACTOR_SOURCE,
                    line.factorSource() == FactorSource.SUPPLIER_SPECIFIC ? "SUPPLIER" : "COMPANY");
        }
        return cells;
    }

    private List<String> help() {
        List<String> help = new ArrayList<>();
        for (int i = 1; i <= HELP_LINES; i++) {
            help.add(messages.getMessage("declaration.template.help." + i, null, Locale.SIMPLIFIED_CHINESE) + " / "
                    + messages.getMessage("declaration.template.help." + i, null, Locale.ENGLISH));
        }
        return help;
    }

    byte[] csv() {
        return LineFiles.writeCsv(List.of());
    }
}
