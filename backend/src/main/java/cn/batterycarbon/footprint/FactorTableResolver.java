package cn.batterycarbon.footprint;

import cn.batterycarbon.factor.FactorTable;
import cn.batterycarbon.factor.ResolvedFactor;
import cn.batterycarbon.footprint.core.BackgroundFactor;
import cn.batterycarbon.footprint.core.FactorResolver;
import java.util.Locale;
import java.util.Optional;

/** Lets the calculation core read a published factor release held in memory. */
public final class FactorTableResolver implements FactorResolver {

    private final FactorTable table;

    public FactorTableResolver(FactorTable table) {
        this.table = table;
    }

    @Override
    public String releaseCode() {
        return table.releaseCode();
    }

    @Override
    public Optional<BackgroundFactor> find(String code, String geography, Integer year) {
        return table.find(code, geography, year).map(FactorTableResolver::toCore);
    }

    @Override
    public Absence absence(String code, String geography, Integer year) {
        return Absence.valueOf(table.absence(code, geography, year).name());
    }

    static BackgroundFactor toCore(ResolvedFactor f) {
        return new BackgroundFactor(
                f.code(),
                f.value(),
                f.unit(),
                f.geography(),
                f.year(),
                f.releaseCode(),
                f.source(),
                uncertainty(f.uncertainty()),
                f.category());
    }

    /** An uncertainty the core cannot interpret is dropped: the factor then counts as certain. */
    private static BackgroundFactor.Uncertainty uncertainty(ResolvedFactor.Uncertainty u) {
        if (u == null || u.distribution() == null || u.a() == null) {
            return null;
        }
        BackgroundFactor.Uncertainty.Distribution distribution;
        try {
            distribution = BackgroundFactor.Uncertainty.Distribution.valueOf(
                    u.distribution().trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
        boolean needsMaximum = distribution == BackgroundFactor.Uncertainty.Distribution.UNIFORM
                || distribution == BackgroundFactor.Uncertainty.Distribution.TRIANGULAR;
        if (needsMaximum && u.b() == null) {
            return null;
        }
        return new BackgroundFactor.Uncertainty(
                distribution, u.a().doubleValue(), u.b() == null ? Double.NaN : u.b().doubleValue());
    }
}
