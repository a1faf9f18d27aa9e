package cn.batterycarbon.responsibility.web;

import cn.batterycarbon.platform.files.SpreadsheetWriter;
import cn.batterycarbon.responsibility.AllocationReport;
import cn.batterycarbon.responsibility.application.Allocations;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

/** A run's Table-1-style report as CSV (Commons CSV) or XLSX (Apache POI), headers in the user's language. */
class ReportExports {

    private final MessageSource messages;

    ReportExports(MessageSource messages) {
        this.messages = messages;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }

    /** Parameter lines, then the header, then industries, final-demand categories and the total. */
    List<List<Object>> rows(Allocations.RunView view) {
        AllocationReport report = view.report();
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of(text("responsibility.table.name"), view.table().getName()));
        rows.add(List.of(text("responsibility.run.focusSector"), view.run().getFocusSector()));
        rows.add(List.of(text("responsibility.run.directEmissions"), view.run().getDirectEmissions()));
        rows.add(
                List.of(text("responsibility.run.upstreamEmissions"), view.run().getUpstreamEmissions()));
        rows.add(List.of(text("responsibility.run.gamma"), view.run().getGamma()));
        rows.add(List.of(text("responsibility.run.rule"), view.run().getRule().name()));
        rows.add(List.of(text("responsibility.run.depth"), view.run().depthLabel()));
        rows.add(List.of());
        rows.add(List.of(
                text("responsibility.result.item"),
                text("responsibility.result.stage"),
                text("responsibility.result.value"),
                text("responsibility.result.share")));
        for (AllocationReport.Row r : report.industries()) {
            rows.add(List.of(r.label(), r.stageNumeral(), r.value(), r.share()));
        }
        for (AllocationReport.FinalDemandRow r : report.finalDemand()) {
            rows.add(List.of(text(r.category().messageKey()), "", r.value(), r.share()));
        }
        rows.add(List.of(text("responsibility.result.total"), "", report.allocatedSum(), 1.0));
        return rows;
    }

    /** Runs side by side: one column per run, rows as in {@link #rows(Allocations.RunView)}. */
    List<List<Object>> rows(
            Allocations.Comparison comparison, java.util.function.Function<Allocations.RunView, String> columnName) {
        List<List<Object>> rows = new ArrayList<>();
        List<Object> header =
                new ArrayList<>(List.of(text("responsibility.result.item"), text("responsibility.result.stage")));
        List<Object> tables = new ArrayList<>(List.of(text("responsibility.table.name"), ""));
        for (Allocations.RunView view : comparison.runs()) {
            header.add(columnName.apply(view));
            tables.add(view.table().getName());
        }
        rows.add(header);
        rows.add(tables);
        for (Allocations.ComparisonRow r : comparison.industries()) {
            List<Object> row = new ArrayList<>(List.of(r.label(), stageNumeral(r.stage())));
            for (double v : r.values()) {
                row.add(v);
            }
            rows.add(row);
        }
        for (Allocations.ComparisonFinalDemand f : comparison.finalDemand()) {
            List<Object> row = new ArrayList<>(List.of(text(f.category().messageKey()), ""));
            for (double v : f.values()) {
                row.add(v);
            }
            rows.add(row);
        }
        List<Object> total = new ArrayList<>(List.of(text("responsibility.result.total"), ""));
        List<Object> share = new ArrayList<>(List.of(text("responsibility.result.focusShare"), ""));
        for (Allocations.RunView view : comparison.runs()) {
            total.add(view.report().allocatedSum());
            share.add(view.report().focusShare());
        }
        rows.add(total);
        rows.add(share);
        return rows;
    }

    private static String stageNumeral(Integer stage) {
        return new AllocationReport.Row("", stage, false, 0, 0).stageNumeral();
    }

    /** Through the platform's one writer: BOM, formula-like text neutralized (a sector code "@SUM"). */
    byte[] csv(List<List<Object>> rows) throws IOException {
        return SpreadsheetWriter.csv(rows);
    }

    byte[] xlsx(List<List<Object>> rows) throws IOException {
        List<Integer> widths = List.of(60);
        return SpreadsheetWriter.xlsx(List.of(
                new SpreadsheetWriter.SheetData(text("responsibility.export.sheet"), rows, false, widths, List.of())));
    }
}
