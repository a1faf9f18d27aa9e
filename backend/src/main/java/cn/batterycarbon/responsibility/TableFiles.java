package cn.batterycarbon.responsibility;

import cn.batterycarbon.platform.files.FileLimits;
import cn.batterycarbon.platform.files.FileProblem;
import cn.batterycarbon.platform.files.FileRefusedException;
import cn.batterycarbon.platform.files.SpreadsheetReader;
import cn.batterycarbon.platform.files.Table;
import cn.batterycarbon.responsibility.core.IoTableException;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * Turns an uploaded CSV or XLSX file into a grid of cell texts for the table and mapping readers,
 * through the platform's one reader ({@link SpreadsheetReader}: CSV in UTF-8 or GB18030, XLSX
 * streamed, first sheet, numbers at full precision, the platform's file limits).
 */
public final class TableFiles {

    private TableFiles() {}

    public static List<List<String>> read(InputStream input, String filename) {
        return read(input, filename, FileLimits.DEFAULT);
    }

    public static List<List<String>> read(InputStream input, String filename, FileLimits limits) {
        byte[] content;
        try {
            content = input.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, limits.maxBytes() + 1));
        } catch (IOException e) {
            throw new IoTableException("file.xlsxUnreadable");
        }
        try {
            Table table = SpreadsheetReader.readFirst(content, limits);
            List<FileProblem> formulas = table.formulasWithoutValue();
            if (!formulas.isEmpty()) {
                FileProblem first = formulas.get(0);
                throw new IoTableException("responsibility.io.formula", first.row(), first.column());
            }
            return table.rows();
        } catch (FileRefusedException e) {
            throw new IoTableException(e.problem().messageKey(), e.problem().arguments());
        }
    }
}
