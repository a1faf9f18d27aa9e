package cn.batterycarbon.responsibility.domain;

import cn.batterycarbon.platform.persistence.AuditedEntity;
import cn.batterycarbon.responsibility.core.AllocationParameters;
import cn.batterycarbon.responsibility.core.AllocationResult;
import cn.batterycarbon.responsibility.core.AllocationRule;
import cn.batterycarbon.responsibility.core.Depth;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * A saved allocation run: its parameters (enough to recompute it on the immutable table) and the
 * headline figures for lists.
 */
@Entity
@Table(name = "responsibility_run")
public class AllocationRun extends AuditedEntity {

    @Column(name = "organization_id", nullable = false, updatable = false)
    private UUID organizationId;

    @Column(name = "table_id", nullable = false, updatable = false)
    private UUID tableId;

    private String label;

    @Column(name = "focus_sector", nullable = false)
    private String focusSector;

    @Column(name = "direct_emissions", nullable = false)
    private double directEmissions;

    @Column(name = "upstream_emissions", nullable = false)
    private double upstreamEmissions;

    @Column(nullable = false)
    private double gamma;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AllocationRule rule;

    @Column(name = "custom_ratios")
    private String customRatios;

    /** Null for an infinite depth. */
    private Integer depth;

    @Column(nullable = false)
    private double total;

    @Column(name = "focus_share", nullable = false)
    private double focusShare;

    @Column(name = "final_demand_total", nullable = false)
    private double finalDemandTotal;

    protected AllocationRun() {}

    public AllocationRun(
            UUID organizationId, UUID tableId, String label, AllocationParameters parameters, AllocationResult result) {
        this.organizationId = organizationId;
        this.tableId = tableId;
        this.label = label;
        this.focusSector = parameters.focusSector();
        this.directEmissions = parameters.directEmissions();
        this.upstreamEmissions = parameters.upstreamEmissions();
        this.gamma = parameters.gamma();
        this.rule = parameters.rule();
        this.customRatios = parameters.rule() == AllocationRule.CUSTOM ? formatRatios(parameters.customRatios()) : null;
        this.depth = parameters.depth().isInfinite() ? null : parameters.depth().layers();
        this.total = result.total();
        this.focusShare = result.focusSectorShare();
        this.finalDemandTotal = result.finalDemandTotal();
    }

    public AllocationParameters parameters() {
        return new AllocationParameters(
                focusSector,
                directEmissions,
                upstreamEmissions,
                gamma,
                rule,
                parseRatios(customRatios),
                depth == null ? Depth.INFINITE : Depth.of(depth));
    }

    static String formatRatios(Map<String, Double> ratios) {
        StringBuilder out = new StringBuilder();
        ratios.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> out.append(e.getKey())
                        .append('=')
                        .append(String.format(Locale.ROOT, "%s", e.getValue()))
                        .append('\n'));
        return out.toString();
    }

    static Map<String, Double> parseRatios(String text) {
        Map<String, Double> ratios = new LinkedHashMap<>();
        if (text != null) {
            for (String line : text.split("\n")) {
                int at = line.indexOf('=');
                if (at > 0) {
                    ratios.put(line.substring(0, at), Double.parseDouble(line.substring(at + 1)));
                }
            }
        }
        return ratios;
    }

    public UUID getOrganizationId() {
        return organizationId;
    }

    public UUID getTableId() {
        return tableId;
    }

    public String getLabel() {
        return label;
    }

    public String getFocusSector() {
        return focusSector;
    }

    public double getDirectEmissions() {
        return directEmissions;
    }

    public double getUpstreamEmissions() {
        return upstreamEmissions;
    }

    public double getGamma() {
        return gamma;
    }

    public AllocationRule getRule() {
        return rule;
    }

    public String getCustomRatios() {
        return customRatios;
    }

    public Integer getDepth() {
        return depth;
    }

    public String depthLabel() {
        return depth == null ? "INFINITE" : depth.toString();
    }

    public double getTotal() {
        return total;
    }

    public double getFocusShare() {
        return focusShare;
    }

    public double getFinalDemandTotal() {
        return finalDemandTotal;
    }
}
