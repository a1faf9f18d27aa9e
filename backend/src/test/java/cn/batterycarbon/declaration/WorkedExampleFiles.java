package cn.batterycarbon.declaration;

import cn.batterycarbon.declaration.imports.LineColumn;
import cn.batterycarbon.declaration.imports.LineFiles;
import cn.batterycarbon.footprint.core.ActivityLine;
import cn.batterycarbon.footprint.core.FactorChoice;
import cn.batterycarbon.footprint.core.FactorSource;
import cn.batterycarbon.footprint.core.LifeCycleStage;
import cn.batterycarbon.footprint.core.WorkedExampleAccess;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The LFP worked example's lines as an upload file, built from the core's worked example. */
public final class WorkedExampleFiles {

    private WorkedExampleFiles() {}

    /** Rows per stage, in the example's order, with a category derived from each line. */
    public static Map<LifeCycleStage, List<Map<LineColumn, String>>> lfpRows() {
        Map<LifeCycleStage, List<Map<LineColumn, String>>> rows = new EnumMap<>(LifeCycleStage.class);
        for (ActivityLine line : WorkedExampleAccess.lfp().lines()) {
            FactorChoice.Specific factor = (FactorChoice.Specific) line.factor();
            Map<LineColumn, String> row = new LinkedHashMap<>();
            row.put(LineColumn.CATEGORY, category(line));
            row.put(LineColumn.DESCRIPTION, line.description());
            row.put(LineColumn.QUANTITY, line.quantity().toPlainString());
            row.put(LineColumn.UNIT, line.unit());
            row.put(LineColumn.FACTOR_VALUE, factor.value().toPlainString());
            row.put(LineColumn.FACTOR_UNIT, factor.unit());
            row.put(
                    LineColumn.FACTOR_SOURCE,
                    factor.source() == FactorSource.SUPPLIER_SPECIFIC ? "SUPPLIER" : "COMPANY");
            if ("TRANSPORT".equals(row.get(LineColumn.CATEGORY))) {
                row.put(LineColumn.TRANSPORT_MODE, line.description().startsWith("Rail") ? "RAIL" : "ROAD");
            }
            rows.computeIfAbsent(line.stage(), s -> new ArrayList<>()).add(row);
        }
        return rows;
    }

    public static byte[] lfpXlsx() {
        return LineFiles.writeXlsx(lfpRows(), List.of("LFP worked example"));
    }

    public static byte[] lfpCsv() {
        List<Map<LineColumn, String>> all = new ArrayList<>();
        lfpRows()
                .forEach((stage, rows) -> rows.forEach(row -> {
                    Map<LineColumn, String> withStage = new LinkedHashMap<>(row);
                    withStage.put(LineColumn.STAGE, stage.batteryPassName());
                    all.add(withStage);
                }));
        return LineFiles.writeCsv(all);
    }

    private static String category(ActivityLine line) {
        if (line.recyclingCredit()) {
            return "RECOVERED_MATERIAL_CREDIT";
        }
        return switch (line.stage()) {
            case RAW_MATERIAL_EXTRACTION -> "piece".equals(line.unit()) ? "COMPONENT" : "MATERIAL";
            case MAIN_PRODUCTION ->
                switch (line.unit()) {
                    case "MWh", "kWh" -> "ELECTRICITY";
                    case "m3" -> "NATURAL_GAS";
                    case "GJ", "MJ" -> "STEAM";
                    default -> "DIESEL";
                };
            case DISTRIBUTION -> "TRANSPORT";
            case RECYCLING -> line.unit().contains("km") ? "TRANSPORT" : "RECYCLING_PROCESS";
        };
    }
}
