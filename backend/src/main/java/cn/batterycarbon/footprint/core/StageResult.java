package cn.batterycarbon.footprint.core;

import java.math.BigDecimal;

/** One life-cycle stage's emissions, absolute and per kWh of lifetime energy, as reported. */
public record StageResult(LifeCycleStage stage, BigDecimal absoluteKgCo2e, BigDecimal kgCo2ePerKwh, int lineCount) {}
