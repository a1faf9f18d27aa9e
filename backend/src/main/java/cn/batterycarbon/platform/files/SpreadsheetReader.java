package cn.batterycarbon.platform.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.BiPredicate;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * The one reader of uploaded tabular files, used by every importer (activity lines, factors,
 * input-output tables):
 *
 * <ul>
 *   <li>CSV in UTF-8 with or without byte-order mark, otherwise GB18030 (as Chinese Excel saves it;
 *       {@link TextFiles}), parsed by Apache Commons CSV;
 *   <li>XLSX read as a stream of SAX events (Apache POI's event API: shared strings read-only, no
 *       workbook object model), so a 20 MB workbook with 125,000 rows needs memory for its cell
 *       texts only; numbers are the exact double the file stores, not the displayed text; a formula
 *       without a computed value is marked, never read as 0;
 *   <li>old binary .xls refused with the same message everywhere.
 * </ul>
 *
 * The {@link FileLimits} (bytes, rows, columns, cells) are checked while reading. Every refusal is a
 * {@link FileRefusedException} with a {@link FileProblem} naming sheet, row and column.
 */
public final class SpreadsheetReader {

    private SpreadsheetReader() {}

    /** The first sheet of a workbook, or the CSV file. */
    public static Table readFirst(byte[] content, FileLimits limits) {
        List<Table> tables = read(content, limits, (name, index) -> index == 0);
        if (tables.isEmpty()) {
            throw new FileRefusedException(FileProblem.ofFile("file.empty"));
        }
        return tables.get(0);
    }

    /**
     * Every sheet the filter wants (name, 0-based position), in workbook order; a CSV file is one
     * sheet named {@link Table#CSV}.
     */
    public static List<Table> read(byte[] content, FileLimits limits, BiPredicate<String, Integer> wanted) {
        if (content.length == 0) {
            throw new FileRefusedException(FileProblem.ofFile("file.empty"));
        }
        if (content.length > limits.maxBytes()) {
            throw new FileRefusedException(FileProblem.ofFile("file.tooLarge", limits.maxBytes() / (1024 * 1024)));
        }
        if (TextFiles.isOle2(content)) {
            throw new FileRefusedException(FileProblem.ofFile("file.xls"));
        }
        if (TextFiles.isZip(content) || (content.length >= 2 && content[0] == 'P' && content[1] == 'K')) {
            // a ZIP signature, even a broken one, means a workbook was meant: never parse it as text
            return readXlsx(content, limits, wanted);
        }
        return List.of(readCsv(content, limits));
    }

    private static Table readCsv(byte[] content, FileLimits limits) {
        String text;
        try {
            text = TextFiles.decode(content);
        } catch (CharacterCodingException e) {
            throw new FileRefusedException(FileProblem.ofFile("file.encoding"));
        }
        Counter counter = new Counter(Table.CSV, limits);
        List<List<String>> rows = new ArrayList<>();
        try (CSVParser parser =
                CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get().parse(new StringReader(text))) {
            for (CSVRecord record : parser) {
                counter.row(rows.size() + 1, record.size());
                List<String> cells = record.toList();
                if (!cells.isEmpty()) {
                    cells.set(0, cells.get(0).replace("\uFEFF", ""));
                }
                rows.add(cells);
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new FileRefusedException(
                    new FileProblem(Table.CSV, rows.size() + 1, null, "file.csvSyntax", rows.size() + 1));
        }
        return new Table(Table.CSV, rows);
    }

    private static List<Table> readXlsx(byte[] content, FileLimits limits, BiPredicate<String, Integer> wanted) {
        List<Table> tables = new ArrayList<>();
        java.nio.file.Path file = null;
        // from a temporary file, not a stream: POI then inflates each part while reading it instead of
        // holding every unzipped part in memory (a 125,000-row sheet is larger than POI's 100 MB array cap)
        try {
            file = java.nio.file.Files.createTempFile("bcf-upload-", ".xlsx");
            java.nio.file.Files.write(file, content);
        } catch (IOException e) {
            throw new FileRefusedException(FileProblem.ofFile("file.xlsxUnreadable"));
        }
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            StylesTable styles = reader.getStylesTable();
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            int index = 0;
            while (sheets.hasNext()) {
                try (InputStream sheet = sheets.next()) {
                    String name = sheets.getSheetName();
                    if (wanted.test(name, index++)) {
                        tables.add(readSheet(name, sheet, styles, strings, limits));
                    }
                }
            }
        } catch (FileRefusedException e) {
            throw e;
        } catch (Exception | OutOfMemoryError e) {
            // a damaged, truncated or foreign ZIP file: never the library's message
            throw new FileRefusedException(FileProblem.ofFile("file.xlsxUnreadable"));
        } finally {
            try {
                java.nio.file.Files.deleteIfExists(file);
            } catch (IOException e) {
                file.toFile().deleteOnExit();
            }
        }
        return tables;
    }

    private static Table readSheet(
            String name, InputStream sheet, StylesTable styles, ReadOnlySharedStringsTable strings, FileLimits limits)
            throws IOException, SAXException, javax.xml.parsers.ParserConfigurationException {
        SheetRows rows = new SheetRows(name, limits);
        XMLReader parser = XMLHelper.newXMLReader();
        XSSFSheetXMLHandler cells = new XSSFSheetXMLHandler(styles, null, strings, rows, new ExactNumbers(), false);
        FormulaWatch watch = new FormulaWatch(rows);
        watch.setParent(parser);
        watch.setContentHandler(cells);
        try {
            watch.parse(new InputSource(sheet));
        } catch (SAXException e) {
            if (e.getCause() instanceof FileRefusedException refused) {
                throw refused;
            }
            throw e;
        }
        return new Table(name, rows.rows);
    }

    /** Counts rows, columns and cells against the limits as they are read. */
    private static final class Counter {
        private final String sheet;
        private final FileLimits limits;
        private long cells;

        Counter(String sheet, FileLimits limits) {
            this.sheet = sheet;
            this.limits = limits;
        }

        void row(int rowNumber, int columns) {
            // the header row is not a data row
            if (rowNumber > limits.maxRows() + 1) {
                throw new FileRefusedException(
                        new FileProblem(sheet, rowNumber, null, "file.tooManyRows", limits.maxRows()));
            }
            if (columns > limits.maxColumns()) {
                throw new FileRefusedException(new FileProblem(
                        sheet,
                        rowNumber,
                        Table.columnLetter(limits.maxColumns() + 1),
                        "file.tooManyColumns",
                        limits.maxColumns()));
            }
            cells += columns;
            if (cells > limits.maxCells()) {
                throw new FileRefusedException(
                        new FileProblem(sheet, rowNumber, null, "file.tooManyCells", limits.maxCells()));
            }
        }
    }

    /** Collects one sheet's rows from POI's SAX events, keeping row numbers true. */
    private static final class SheetRows implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final List<List<String>> rows = new ArrayList<>();
        private final Counter counter;
        private List<String> current;

        SheetRows(String sheet, FileLimits limits) {
            this.counter = new Counter(sheet, limits);
        }

        @Override
        public void startRow(int rowNum) {
            counter.row(rowNum + 1, 0);
            while (rows.size() < rowNum) {
                rows.add(Collections.emptyList());
            }
            current = new ArrayList<>();
        }

        @Override
        public void endRow(int rowNum) {
            rows.add(current);
            current = null;
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            set(reference, value == null ? "" : value);
        }

        void set(String reference, String value) {
            if (current == null || reference == null) {
                return;
            }
            int column = new CellReference(reference).getCol();
            if (column >= counter.limits.maxColumns()) {
                counter.row(rows.size() + 1, column + 1);
            }
            counter.row(rows.size() + 1, 1 + Math.max(0, column - current.size()));
            while (current.size() < column) {
                current.add("");
            }
            if (current.size() == column) {
                current.add(value);
            } else {
                current.set(column, value);
            }
        }
    }

    /** Numbers as the exact double stored in the file, not as their number format shows them. */
    private static final class ExactNumbers extends DataFormatter {
        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            if (!Double.isFinite(value)) {
                return Double.toString(value);
            }
            BigDecimal exact = BigDecimal.valueOf(value).stripTrailingZeros();
            long exponent = (long) exact.precision() - exact.scale() - 1;
            return exponent > 20 || exponent < -20 ? exact.toString() : exact.toPlainString();
        }
    }

    /**
     * Sees the raw cell elements beside POI's handler: a cell with a formula ({@code <f>}) but no
     * cached value ({@code <v>}) never reaches the handler; it is marked instead of read as blank or 0.
     */
    private static final class FormulaWatch extends XMLFilterImpl {

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            if (inValue && raw.length() < 200) {
                raw.append(ch, start, Math.min(length, 200));
            }
            super.characters(ch, start, length);
        }

        /**
         * A number a double cannot hold (1E-400 became 0, 1E999 infinity): keep the file's text so the
         * number rule refuses it, instead of a silent 0.
         */
        private void keepUnrepresentable(String text) {
            try {
                double d = Double.parseDouble(text);
                if (Double.isInfinite(d) || (d == 0.0 && new BigDecimal(text).signum() != 0)) {
                    rows.set(reference, text);
                }
            } catch (NumberFormatException e) {
                rows.set(reference, text);
            }
        }

        private final SheetRows rows;
        private String reference;
        private String type;
        private boolean formula;
        private boolean value;
        private boolean inValue;
        private final StringBuilder raw = new StringBuilder();

        FormulaWatch(SheetRows rows) {
            this.rows = rows;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
            switch (localName) {
                case "c" -> {
                    reference = atts.getValue("r");
                    type = atts.getValue("t");
                    formula = false;
                    value = false;
                    raw.setLength(0);
                }
                case "f" -> formula = true;
                case "v" -> {
                    value = true;
                    inValue = true;
                }
                case "is" -> value = true;
                default -> {}
            }
            try {
                super.startElement(uri, localName, qName, atts);
            } catch (FileRefusedException e) {
                throw new SAXException(e);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            try {
                super.endElement(uri, localName, qName);
                if ("v".equals(localName)) {
                    inValue = false;
                }
                if ("c".equals(localName) && formula && !value) {
                    rows.set(reference, Table.FORMULA_WITHOUT_VALUE);
                } else if ("c".equals(localName) && (type == null || "n".equals(type)) && raw.length() > 0) {
                    keepUnrepresentable(raw.toString().strip());
                }
            } catch (FileRefusedException e) {
                throw new SAXException(e);
            }
        }
    }
}
