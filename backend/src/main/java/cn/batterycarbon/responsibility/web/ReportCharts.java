package cn.batterycarbon.responsibility.web;

import cn.batterycarbon.responsibility.AllocationReport;
import cn.batterycarbon.responsibility.application.Allocations;
import cn.batterycarbon.responsibility.core.AllocationResult;
import cn.batterycarbon.responsibility.core.FinalDemandCategory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON that static/js/responsibility-charts.js turns into ECharts charts (a bar chart of the
 * largest industries and every final-demand category, and a Sankey of the layers). Passed to the
 * page in a data-* attribute, as the content security policy allows no inline script.
 */
@Component
class ReportCharts {

    private static final int BARS = 15;

    private final JsonMapper json;
    private final MessageSource messages;
    private final ReportExports exports;

    ReportCharts(JsonMapper json, MessageSource messages) {
        this.json = json;
        this.messages = messages;
        this.exports = new ReportExports(messages);
    }

    ReportExports exports() {
        return exports;
    }

    private String text(String key, Object... args) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(key, args, key, locale);
    }

    String forRun(Allocations.RunView view) {
        AllocationReport report = view.report();
        List<String> labels = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        report.industries().stream().limit(BARS).forEach(r -> {
            labels.add(r.label());
            values.add(round(r.value()));
        });
        for (AllocationReport.FinalDemandRow r : report.finalDemand()) {
            if (r.value() != 0.0) {
                labels.add(text(r.category().messageKey()));
                values.add(round(r.value()));
            }
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("title", text("responsibility.chart.bar"));
        data.put(
                "bar",
                Map.of(
                        "labels",
                        labels,
                        "series",
                        List.of(Map.of("name", text("responsibility.result.value"), "values", values))));
        data.put("sankey", sankey(view.result()));
        data.put("sankeyTitle", text("responsibility.chart.sankey"));
        return json.writeValueAsString(data);
    }

    private Map<String, Object> sankey(AllocationResult result) {
        List<Map<String, Object>> nodes = new ArrayList<>();
        List<Map<String, Object>> links = new ArrayList<>();
        String kept = text("responsibility.chart.kept");
        nodes.add(Map.of("name", kept));
        Map<FinalDemandCategory, String> categoryNames = new LinkedHashMap<>();
        for (FinalDemandCategory c : FinalDemandCategory.values()) {
            categoryNames.put(c, text(c.messageKey()));
        }
        boolean[] used = new boolean[FinalDemandCategory.values().length];
        List<AllocationResult.Layer> layers = result.layers();
        for (int i = 0; i < layers.size(); i++) {
            AllocationResult.Layer layer = layers.get(i);
            String name = layer.number() == 0
                    ? text("responsibility.chart.allLayers")
                    : text("responsibility.chart.layer", layer.number());
            nodes.add(Map.of("name", name));
            if (layer.kept() > 0) {
                links.add(link(name, kept, layer.kept()));
            }
            for (FinalDemandCategory c : FinalDemandCategory.values()) {
                double v = layer.finalDemand()[c.ordinal()];
                if (v > 0) {
                    used[c.ordinal()] = true;
                    links.add(link(name, categoryNames.get(c), v));
                }
            }
            if (i + 1 < layers.size() && layer.passed() > 0) {
                String next =
                        text("responsibility.chart.layer", layers.get(i + 1).number());
                links.add(link(name, next, layer.passed()));
            }
        }
        for (FinalDemandCategory c : FinalDemandCategory.values()) {
            if (used[c.ordinal()]) {
                nodes.add(Map.of("name", categoryNames.get(c)));
            }
        }
        return Map.of("nodes", nodes, "links", links);
    }

    private static Map<String, Object> link(String source, String target, double value) {
        return Map.of("source", source, "target", target, "value", round(value));
    }

    private static double round(double value) {
        return Math.round(value * 1e4) / 1e4;
    }

    /** The rows the comparison page shows: the {@value #BARS} largest, then "other sectors". */
    List<Allocations.ComparisonRow> topIndustries(Allocations.Comparison comparison) {
        return comparison.top(BARS, text("responsibility.compare.otherSectors"));
    }

    String forComparison(Allocations.Comparison comparison) {
        List<String> labels = new ArrayList<>();
        List<Allocations.ComparisonRow> top = topIndustries(comparison);
        top.forEach(r -> labels.add(r.label()));
        for (FinalDemandCategory c : FinalDemandCategory.values()) {
            labels.add(text(c.messageKey()));
        }
        List<Map<String, Object>> series = new ArrayList<>();
        for (int col = 0; col < comparison.runs().size(); col++) {
            List<Double> values = new ArrayList<>();
            int column = col;
            top.forEach(r -> values.add(round(r.values()[column])));
            for (Allocations.ComparisonFinalDemand fd : comparison.finalDemand()) {
                values.add(round(fd.values()[column]));
            }
            series.add(Map.of("name", columnName(comparison.runs().get(col)), "values", values));
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("title", text("responsibility.chart.compare"));
        data.put("bar", Map.of("labels", labels, "series", series));
        return json.writeValueAsString(data);
    }

    String columnName(Allocations.RunView view) {
        return columnName(view, messages);
    }

    static String columnName(Allocations.RunView view, MessageSource messages) {
        Locale locale = LocaleContextHolder.getLocale();
        if (view.run().getLabel() != null) {
            return view.run().getLabel();
        }
        String depth = view.run().getDepth() == null
                ? messages.getMessage("responsibility.depth.infinite", null, locale)
                : messages.getMessage(
                        "responsibility.depth.layers", new Object[] {view.run().getDepth()}, locale);
        return depth + " · " + messages.getMessage(view.run().getRule().messageKey(), null, locale);
    }
}
