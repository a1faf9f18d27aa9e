/**
 * The footprint calculation core: immutable inputs, a calculator that turns activity lines and
 * emission factors into per-stage and per-kWh results with the provenance of every line, a Monte
 * Carlo uncertainty analysis and the performance-class table. Plain Java: no Spring, no JPA (the
 * only Spring type is the annotation that lets other modules, such as declarations, use this
 * package). See docs/methodology.md for the formulas and the numeric approach.
 */
@NamedInterface("core")
package cn.batterycarbon.footprint.core;

import org.springframework.modulith.NamedInterface;
