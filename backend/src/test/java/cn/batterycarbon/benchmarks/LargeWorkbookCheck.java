package cn.batterycarbon.benchmarks;

import cn.batterycarbon.declaration.imports.LineFiles;
import cn.batterycarbon.platform.files.SpreadsheetReaderTests;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * Reads a generated activity-data workbook of 125,000 rows × 15 cells (the size of the probe's
 * 17.9 MB file) through the activity-line importer, in a JVM with a small heap
 * (backend/bench/large-xlsx.sh runs it with -Xmx256m), and prints the file size, the time and the
 * peak heap. Before the streaming reader, the workbook's object model did not fit.
 */
public final class LargeWorkbookCheck {

    private LargeWorkbookCheck() {}

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 125_000;
        byte[] xlsx = SpreadsheetReaderTests.LargeWorkbook.write(rows);
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
        long started = System.nanoTime();
        LineFiles.ReadResult read = LineFiles.read(xlsx);
        long millis = (System.nanoTime() - started) / 1_000_000;
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf(
                "file %.1f MB, %d rows read, %d problems, %d ms, peak heap %d MB (max heap %d MB)%n",
                xlsx.length / 1024.0 / 1024.0,
                read.rows().size(),
                read.problems().size(),
                millis,
                peak / 1024 / 1024,
                Runtime.getRuntime().maxMemory() / 1024 / 1024);
    }
}
