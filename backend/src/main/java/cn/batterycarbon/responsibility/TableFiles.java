package cn.batterycarbon.responsibility;

import cn.batterycarbon.platform.files.TextFiles;
import cn.batterycarbon.responsibility.core.IoTableException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Turns an uploaded CSV or XLSX file into a grid of cell texts for the table and mapping readers
 * (Apache Commons CSV and Apache POI, both already used by the platform's imports). Numbers in
 * spreadsheets are taken at full precision, not as displayed.
 */
public final class TableFiles {

    private TableFiles() {}

    public static List<List<String>> read(InputStream input, String filename) {
        try {
            BufferedInputStream in = new BufferedInputStream(input);
            in.mark(4);
            byte[] magic = in.readNBytes(2);
            in.reset();
            boolean zip = magic.length == 2 && magic[0] == 'P' && magic[1] == 'K';
            if (zip
                    || (filename != null
                            && filename.toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx"))) {
                return readXlsx(in);
            }
            // UTF-8 with or without a byte-order mark, or GB18030 as Chinese Excel saves CSV.
            String text;
            try {
                text = TextFiles.decode(in.readAllBytes());
            } catch (java.nio.charset.CharacterCodingException e) {
                throw new IoTableException("responsibility.io.encoding");
            }
            return readCsv(new java.io.StringReader(text));
        } catch (IOException | RuntimeException e) {
            if (e instanceof IoTableException known) {
                throw known;
            }
            throw new IoTableException("responsibility.io.unreadable", String.valueOf(e.getMessage()));
        }
    }

    private static List<List<String>> readCsv(Reader reader) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (CSVParser parser = CSVFormat.DEFAULT.builder().get().parse(reader)) {
            for (CSVRecord record : parser) {
                List<String> cells = new ArrayList<>(record.size());
                record.forEach(cells::add);
                rows.add(cells);
            }
        }
        return rows;
    }

    private static List<List<String>> readXlsx(InputStream in) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        DataFormatter formatter = new DataFormatter(java.util.Locale.ROOT);
        try (Workbook workbook = WorkbookFactory.create(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                if (row != null) {
                    for (int c = 0; c < row.getLastCellNum(); c++) {
                        Cell cell = row.getCell(c);
                        cells.add(text(cell, formatter));
                    }
                }
                rows.add(cells);
            }
        }
        return rows;
    }

    private static String text(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC) {
            return Double.toString(cell.getNumericCellValue());
        }
        if (type == CellType.STRING) {
            return cell.getRichStringCellValue().getString();
        }
        return formatter.formatCellValue(cell);
    }
}
