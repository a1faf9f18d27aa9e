package cn.batterycarbon.responsibility.web;

import cn.batterycarbon.platform.domain.DomainException;
import cn.batterycarbon.platform.numbers.InNumericDomain;
import cn.batterycarbon.platform.numbers.Numbers;
import cn.batterycarbon.platform.numbers.NumericDomain;
import cn.batterycarbon.platform.web.FieldErrorsException;
import cn.batterycarbon.platform.web.FieldErrorsException.FieldError;
import cn.batterycarbon.responsibility.core.AllocationParameters;
import cn.batterycarbon.responsibility.core.AllocationRule;
import cn.batterycarbon.responsibility.core.Depth;
import cn.batterycarbon.responsibility.core.IoTableException;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The allocation form on a table's page. */
public class RunForm {

    @Size(max = 200)
    private String label;

    @NotBlank
    @Size(max = 40)
    private String focusSector;

    @NotNull
    @InNumericDomain(NumericDomain.AMOUNT)
    private Double directEmissions;

    @NotNull
    @InNumericDomain(NumericDomain.AMOUNT)
    private Double upstreamEmissions = 0.0;

    @NotNull
    @DecimalMin("0")
    @DecimalMax("1")
    private Double gamma = AllocationParameters.DEFAULT_GAMMA;

    @NotNull
    private AllocationRule rule = AllocationRule.VALUE_ADDED;

    @NotBlank
    @Pattern(regexp = "(?i)\\s*([1-9][0-9]{0,3}|INFINITE)\\s*", message = "{responsibility.depth.pattern}")
    private String depth = "2";

    /** For the custom rule: one {@code code=ratio} (or {@code code,ratio}) per line. */
    @Size(max = 200_000)
    private String customRatios;

    AllocationParameters toParameters() {
        Map<String, Double> ratios =
                rule == AllocationRule.CUSTOM ? parseWeights(customRatios, "customRatios") : Map.of();
        try {
            return new AllocationParameters(
                    focusSector.strip(), directEmissions, upstreamEmissions, gamma, rule, ratios, Depth.parse(depth));
        } catch (IoTableException e) {
            throw new DomainException(e.messageKey(), e.arguments());
        }
    }

    /** Parses {@code key=value} or {@code key,value} lines; names the line of a bad number. */
    static Map<String, Double> parseWeights(String text, String field) {
        Map<String, Double> values = new LinkedHashMap<>();
        List<FieldError> errors = new ArrayList<>();
        if (text != null) {
            String[] lines = text.split("\\r?\\n");
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i].strip();
                if (line.isEmpty()) {
                    continue;
                }
                String[] parts = line.split("\\s*[=,;\\t]\\s*");
                try {
                    if (parts.length != 2) {
                        throw new NumberFormatException(line);
                    }
                    values.put(
                            parts[0].strip(),
                            Numbers.parse(parts[1].strip(), NumericDomain.AMOUNT)
                                    .doubleValue());
                } catch (IllegalArgumentException e) {
                    errors.add(new FieldError(field, "responsibility.weights.line", i + 1, line));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new FieldErrorsException(errors);
        }
        return values;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public String getFocusSector() {
        return focusSector;
    }

    public void setFocusSector(String focusSector) {
        this.focusSector = focusSector;
    }

    public Double getDirectEmissions() {
        return directEmissions;
    }

    public void setDirectEmissions(Double directEmissions) {
        this.directEmissions = directEmissions;
    }

    public Double getUpstreamEmissions() {
        return upstreamEmissions;
    }

    public void setUpstreamEmissions(Double upstreamEmissions) {
        this.upstreamEmissions = upstreamEmissions;
    }

    public Double getGamma() {
        return gamma;
    }

    public void setGamma(Double gamma) {
        this.gamma = gamma;
    }

    public AllocationRule getRule() {
        return rule;
    }

    public void setRule(AllocationRule rule) {
        this.rule = rule;
    }

    public String getDepth() {
        return depth;
    }

    public void setDepth(String depth) {
        this.depth = depth;
    }

    public String getCustomRatios() {
        return customRatios;
    }

    public void setCustomRatios(String customRatios) {
        this.customRatios = customRatios;
    }
}
