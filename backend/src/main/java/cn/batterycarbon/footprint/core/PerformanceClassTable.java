package cn.batterycarbon.footprint.core;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Performance classes: ordered upper bounds in kg CO2e/kWh, class A the lowest footprint. The
 * table is versioned and configurable; no official thresholds exist yet.
 *
 * <p>Text format, one entry per line, {@code #} comments: {@code version=...}, then {@code
 * CLASS;upper bound} lines in increasing order, the last class with an empty bound (everything
 * above). A footprint belongs to the first class whose bound it is below or equal to.
 */
public final class PerformanceClassTable {

    /** The platform-defined table shipped with the application. */
    public static final String DEFAULT_RESOURCE = "db/seed/footprint/performance-classes.txt";

    /** One class; {@code upperBound} null means unbounded. */
    public record Threshold(String performanceClass, BigDecimal upperBound) {}

    /** The class a footprint falls in, with the table version that said so. */
    public record Classification(String performanceClass, String tableVersion) {}

    private final String version;
    private final List<Threshold> thresholds;

    public PerformanceClassTable(String version, List<Threshold> thresholds) {
        this.version = Objects.requireNonNull(version, "version");
        this.thresholds = List.copyOf(thresholds);
        if (this.thresholds.isEmpty()
                || this.thresholds.get(this.thresholds.size() - 1).upperBound() != null) {
            throw new IllegalArgumentException("the last class must be unbounded");
        }
        BigDecimal previous = null;
        for (int i = 0; i < this.thresholds.size() - 1; i++) {
            BigDecimal bound = this.thresholds.get(i).upperBound();
            if (bound == null || (previous != null && bound.compareTo(previous) <= 0)) {
                throw new IllegalArgumentException("bounds must increase: " + this.thresholds);
            }
            previous = bound;
        }
    }

    public String version() {
        return version;
    }

    public List<Threshold> thresholds() {
        return thresholds;
    }

    public Classification classify(BigDecimal kgCo2ePerKwh) {
        for (Threshold threshold : thresholds) {
            if (threshold.upperBound() == null || kgCo2ePerKwh.compareTo(threshold.upperBound()) <= 0) {
                return new Classification(threshold.performanceClass(), version);
            }
        }
        throw new IllegalStateException("unreachable: the last class is unbounded");
    }

    /** The table shipped as {@link #DEFAULT_RESOURCE}. */
    public static PerformanceClassTable platformDefault() {
        InputStream in = PerformanceClassTable.class.getClassLoader().getResourceAsStream(DEFAULT_RESOURCE);
        if (in == null) {
            throw new IllegalStateException("missing resource " + DEFAULT_RESOURCE);
        }
        return read(in);
    }

    public static PerformanceClassTable read(InputStream in) {
        String version = null;
        List<Threshold> thresholds = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                String text = line.strip();
                if (text.isEmpty() || text.startsWith("#")) {
                    continue;
                }
                if (text.startsWith("version=")) {
                    version = text.substring("version=".length()).strip();
                    continue;
                }
                String[] parts = text.split(";", -1);
                if (parts.length != 2 || parts[0].isBlank()) {
                    throw new IllegalArgumentException("expected CLASS;upper bound: " + text);
                }
                String bound = parts[1].strip();
                thresholds.add(new Threshold(parts[0].strip(), bound.isEmpty() ? null : new BigDecimal(bound)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (version == null) {
            throw new IllegalArgumentException("the table has no version= line");
        }
        return new PerformanceClassTable(version, thresholds);
    }
}
