package cn.batterycarbon.footprint.core;

/** How a line's electricity was supplied. */
public enum ElectricitySupply {
    /** From the public grid. */
    GRID,
    /** From the grid, covered by green electricity certificates (绿证) whose ids the line lists. */
    GREEN_CERTIFICATE,
    /** From a renewable generator through a direct line (not via the public grid). */
    GREEN_DIRECT_LINE
}
