package cn.batterycarbon.footprint.core;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.statistics.descriptive.Quantile;
import org.apache.commons.statistics.distribution.ContinuousDistribution;
import org.apache.commons.statistics.distribution.LogNormalDistribution;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.apache.commons.statistics.distribution.TriangularDistribution;
import org.apache.commons.statistics.distribution.UniformContinuousDistribution;

/**
 * Monte Carlo propagation of background-factor uncertainty to the footprint per kWh.
 *
 * <p>Each distinct background factor (code, geography, year) is one random variable: all lines
 * that use it move together. Per iteration every uncertain factor is drawn once from its
 * distribution; lines with supplier- or company-specific factors, and background factors without
 * uncertainty, stay fixed; recycling credits stay out, as in the footprint. Percentiles use the
 * Hyndman-Fan type 7 estimator (linear interpolation, as spreadsheets' PERCENTILE.INC).
 *
 * <p>Deterministic: a {@link SplittableRandom} seeded with the given seed drives the samplers in
 * the order the factors first appear in the declaration.
 */
public final class UncertaintyAnalysis {

    public static final int DEFAULT_ITERATIONS = 10_000;

    /**
     * The 2.5th, 50th and 97.5th percentiles of kg CO2e/kWh, with how many factors varied.
     *
     * @param uncertainFactors distinct background factors that carried an uncertainty
     * @param fixedFactorsWithoutUncertainty distinct background factors used at their value
     * @param uncertainShare share (0..1) of the footprint (credits left out) whose factors carry an
     *     uncertainty; the rest is held at its value, so the interval says nothing about it
     */
    public record Result(
            int iterations,
            long seed,
            BigDecimal p2_5,
            BigDecimal p50,
            BigDecimal p97_5,
            int uncertainFactors,
            int fixedFactorsWithoutUncertainty,
            BigDecimal uncertainShare) {

        /** Whether any part of the footprint carries an uncertainty at all. */
        public boolean informative() {
            return uncertainFactors > 0 && uncertainShare.signum() > 0;
        }
    }

    private UncertaintyAnalysis() {}

    public static Result run(FootprintResult footprint, long seed) {
        return run(footprint, seed, DEFAULT_ITERATIONS);
    }

    public static Result run(FootprintResult footprint, long seed, int iterations) {
        if (iterations < 1) {
            throw new IllegalArgumentException("iterations must be positive");
        }
        Map<FactorProvenance, Integer> index = new IdentityHashMap<>();
        List<FactorProvenance> factors = new ArrayList<>();
        List<Double> activity = new ArrayList<>();
        Map<FactorProvenance, Boolean> certain = new IdentityHashMap<>();
        double fixed = 0;
        double fixedComp = 0;
        double varied = 0;
        for (LineResult line : footprint.lines()) {
            if (line.recyclingCredit()) {
                continue;
            }
            FactorProvenance factor = line.factor();
            if (factor.source() == FactorSource.BACKGROUND && samplable(factor)) {
                Integer at = index.get(factor);
                // kg CO2e per unit of the factor's value: quantity in the factor's unit × CO2e mass.
                double perValue = line.line().quantity().doubleValue()
                        * line.conversion().doubleValue()
                        * factor.kgCo2ePerNumerator().doubleValue();
                if (at == null) {
                    index.put(factor, factors.size());
                    factors.add(factor);
                    activity.add(perValue);
                } else {
                    activity.set(at, activity.get(at) + perValue);
                }
                varied += line.kgCo2e();
            } else {
                if (factor.source() == FactorSource.BACKGROUND) {
                    certain.put(factor, Boolean.TRUE);
                }
                double t = fixed + line.kgCo2e();
                fixedComp += Math.abs(fixed) >= Math.abs(line.kgCo2e())
                        ? (fixed - t) + line.kgCo2e()
                        : (line.kgCo2e() - t) + fixed;
                fixed = t;
            }
        }
        fixed += fixedComp;

        SplittableRandom random = new SplittableRandom(seed);
        UniformRandomProvider rng = random::nextLong;
        int m = factors.size();
        ContinuousDistribution.Sampler[] samplers = new ContinuousDistribution.Sampler[m];
        double[] weights = new double[m];
        for (int f = 0; f < m; f++) {
            samplers[f] = distribution(factors.get(f)).createSampler(rng);
            weights[f] = activity.get(f);
        }
        double lifetime = footprint.lifetimeEnergyKwh().doubleValue();
        double[] perKwh = new double[iterations];
        for (int it = 0; it < iterations; it++) {
            double sum = fixed;
            for (int f = 0; f < m; f++) {
                sum += weights[f] * samplers[f].sample();
            }
            perKwh[it] = sum / lifetime;
        }
        double[] p = Quantile.withDefaults().with(Quantile.EstimationMethod.HF7).evaluate(perKwh, 0.025, 0.5, 0.975);
        return new Result(
                iterations,
                seed,
                Rounding.perKwh(p[0]),
                Rounding.perKwh(p[1]),
                Rounding.perKwh(p[2]),
                m,
                certain.size(),
                Rounding.share(varied, varied + fixed));
    }

    /** Whether the factor's uncertainty describes a proper distribution around its value. */
    static boolean samplable(FactorProvenance factor) {
        BackgroundFactor.Uncertainty u = factor.uncertainty();
        if (u == null) {
            return false;
        }
        double value = factor.value().doubleValue();
        switch (u.distribution()) {
            case LOGNORMAL:
                return value > 0 && u.a() > 1;
            case NORMAL:
                return u.a() > 0;
            case UNIFORM:
                return u.a() < u.b();
            case TRIANGULAR:
            default:
                return u.a() < u.b() && u.a() <= value && value <= u.b();
        }
    }

    private static ContinuousDistribution distribution(FactorProvenance factor) {
        BackgroundFactor.Uncertainty u = factor.uncertainty();
        double value = factor.value().doubleValue();
        switch (u.distribution()) {
            case LOGNORMAL:
                // The published value is the median (geometric mean); σ of ln X is ln(GSD).
                return LogNormalDistribution.of(Math.log(value), Math.log(u.a()));
            case NORMAL:
                return NormalDistribution.of(value, u.a());
            case UNIFORM:
                return UniformContinuousDistribution.of(u.a(), u.b());
            case TRIANGULAR:
            default:
                return TriangularDistribution.of(u.a(), value, u.b());
        }
    }
}
