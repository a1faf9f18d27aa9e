package cn.batterycarbon.platform.files;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The one set of limits for every uploaded spreadsheet or CSV file (settings {@code bcf.files.*},
 * docs/operations.md): bytes, data rows per sheet, columns per row, and cells in the whole file.
 * Checked while reading, before a row is kept, so no file can exhaust memory.
 */
@ConfigurationProperties("bcf.files")
public record FileLimits(Long maxBytes, Integer maxRows, Integer maxColumns, Long maxCells) {

    /** 20 MB, 200,000 rows, 500 columns, 5,000,000 cells. */
    public static final FileLimits DEFAULT = new FileLimits(20L * 1024 * 1024, 200_000, 500, 5_000_000L);

    public FileLimits {
        maxBytes = maxBytes == null ? 20L * 1024 * 1024 : maxBytes;
        maxRows = maxRows == null ? 200_000 : maxRows;
        maxColumns = maxColumns == null ? 500 : maxColumns;
        maxCells = maxCells == null ? 5_000_000L : maxCells;
    }

    /** The same limits with another row limit (a factor file holds at most 100,000 factors). */
    public FileLimits withMaxRows(int rows) {
        return new FileLimits(maxBytes, rows, maxColumns, maxCells);
    }
}
