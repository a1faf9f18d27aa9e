package cn.batterycarbon.certificate.pdf;

import cn.batterycarbon.certificate.CertificateFacts;
import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.font.encoding.GlyphList;
import org.apache.pdfbox.pdmodel.font.encoding.WinAnsiEncoding;

/**
 * Lays out the certificate and the verification report (核查报告) as bilingual PDFs (Chinese first,
 * English beside it) with PDFBox. Chinese text uses the bundled Droid Sans Fallback font, embedded
 * as a subset with a ToUnicode map so that text extraction returns the Chinese characters; Latin
 * text uses Helvetica. Plain Java, no Spring.
 */
public final class CertificatePdfs {

    private static final String FONT = "fonts/DroidSansFallbackFull.ttf";
    private static final float MARGIN = 50;
    private static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneId.of("UTC"));

    private static final Map<String, String[]> STAGES = Map.of(
            "RawMaterialExtraction", new String[] {"原材料获取", "Raw material extraction"},
            "MainProduction", new String[] {"主要生产", "Main production"},
            "Distribution", new String[] {"分销", "Distribution"},
            "Recycling", new String[] {"回收", "End of life and recycling"});

    /**
     * Characters above Latin-1 that Helvetica (WinAnsiEncoding) has: the CJK font lacks some of
     * them, notably the dashes of "2025-01-01 – 2025-12-31" and of "—" for a missing value.
     */
    private static final Set<Integer> LATIN_EXTRAS = latinExtras();

    private final byte[] fontBytes;

    /**
     * The parsed font, one per thread: parsing the 4 MB font costs far more than a whole certificate,
     * and a {@link TrueTypeFont} is not safe to share between threads.
     */
    private final ThreadLocal<TrueTypeFont> font = ThreadLocal.withInitial(this::parseFont);

    public CertificatePdfs() {
        try (InputStream in = CertificatePdfs.class.getClassLoader().getResourceAsStream(FONT)) {
            if (in == null) {
                throw new IllegalStateException("missing " + FONT);
            }
            fontBytes = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private TrueTypeFont parseFont() {
        try {
            return new TTFParser().parse(new RandomAccessReadBuffer(fontBytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The certificate: one page with the key figures and a QR code to the public verification page. */
    public byte[] certificate(CertificateFacts f) {
        return render("动力电池碳足迹证书 Certificate " + f.serial(), f, page -> {
            page.qr(
                    f.verifyUrl(),
                    PDRectangle.A4.getWidth() - MARGIN - 110,
                    PDRectangle.A4.getHeight() - MARGIN - 110,
                    110);
            page.text("动力电池碳足迹证书", 22, MARGIN, page.y);
            page.y -= 26;
            page.text("Traction Battery Carbon Footprint Certificate", 14, MARGIN, page.y);
            page.y -= 22;
            page.text("证书编号 Certificate No.  " + f.serial(), 12, MARGIN, page.y);
            page.y -= 40;
            page.row("企业 Company", f.companyZh());
            page.row("", f.companyEn());
            page.row("统一社会信用代码 Credit code", f.creditCode());
            page.row("型号 Model", f.modelCode() + "  " + f.modelName());
            page.row("化学体系 Chemistry", f.chemistry());
            page.row("工厂 Plant", f.plant());
            page.row("报告期 Reporting period", f.periodStart() + " – " + f.periodEnd());
            page.y -= 8;
            page.row("碳足迹 Carbon footprint", num(f.totalKgCo2ePerKwh(), 4) + " kg CO2e/kWh", 13);
            for (CertificateFacts.Stage stage : f.stages()) {
                String[] names = STAGES.getOrDefault(stage.stage(), new String[] {stage.stage(), stage.stage()});
                page.row("  " + names[0] + " " + names[1], num(stage.kgCo2ePerKwh(), 4) + " kg CO2e/kWh");
            }
            page.row("绝对碳足迹 Absolute footprint", num(f.absoluteKgCo2e(), 1) + " kg CO2e");
            page.row("全生命周期能量 Lifetime energy", num(f.lifetimeEnergyKwh(), 1) + " kWh");
            page.row("功能单位方法 Functional unit", f.functionalUnitMethod());
            page.row("碳足迹等级 Performance class", f.performanceClass() == null ? "—" : f.performanceClass());
            page.row("排放因子库 Factor release", f.factorRelease());
            page.y -= 8;
            page.row("核查机构 Verification agency", f.agencyZh());
            page.row("", f.agencyEn());
            page.row("核查员 Verifier", f.verifier());
            page.row("申报版本 Revision", Integer.toString(f.revision()));
            page.row("签发日期 Issued", DATE_TIME.format(f.issuedAt()));
            page.row("有效期至 Valid until", f.expiresOn().toString());
            if (f.supersedes() != null) {
                page.row("取代证书 Supersedes", f.supersedes());
            }
            page.y -= 8;
            page.text("计算记录指纹 Calculation fingerprint (SHA-256)", 9, MARGIN, page.y);
            page.y -= 13;
            page.text(f.calculationFingerprint(), 8, MARGIN, page.y);
            page.y -= 16;
            page.text("提交包指纹 Package fingerprint (SHA-256)", 9, MARGIN, page.y);
            page.y -= 13;
            page.text(f.packageFingerprint(), 8, MARGIN, page.y);
            page.y -= 24;
            page.wrap("本证书由平台以数字签名签发。扫描二维码或访问 " + f.verifyUrl() + " 核验证书状态；上传本 PDF 可核验其为未经改动的签名原件。", 9);
            page.wrap(
                    "Signed digitally by the platform. Scan the QR code or open " + f.verifyUrl()
                            + " to check the certificate's status; uploading this PDF there checks that it is an"
                            + " unaltered, validly signed original.",
                    9);
        });
    }

    /** The verification report: statement, figures per stage, findings and answers. */
    public byte[] report(CertificateFacts f) {
        return render("核查报告 Verification report " + f.serial(), f, page -> {
            page.text("碳足迹核查报告", 20, MARGIN, page.y);
            page.y -= 24;
            page.text("Carbon Footprint Verification Report", 14, MARGIN, page.y);
            page.y -= 20;
            page.text("对应证书 Certificate  " + f.serial(), 11, MARGIN, page.y);
            page.y -= 30;
            page.heading("1 基本信息 General information");
            page.row("委托企业 Company", f.companyZh() + " / " + f.companyEn());
            page.row("型号 Model", f.modelCode() + "  " + f.modelName());
            page.row("报告期 Reporting period", f.periodStart() + " – " + f.periodEnd());
            page.row("核查机构 Agency", f.agencyZh() + " / " + f.agencyEn());
            page.row("核查员 Verifier", f.verifier());
            page.row("申报版本 Revision", Integer.toString(f.revision()));
            page.heading("2 核查声明 Verification statement");
            page.label("核查范围 Scope");
            page.wrap(f.statement().scope(), 10);
            page.row("实质性水平 Materiality", f.statement().materiality());
            page.row("保证等级 Level of assurance", f.statement().assuranceLevel());
            page.row("依据标准 Standard", f.statement().standard());
            page.label("核查结论 Conclusion");
            page.wrap(f.statement().conclusion(), 10);
            page.heading("3 核查结果 Verified results");
            page.row("碳足迹 Carbon footprint", num(f.totalKgCo2ePerKwh(), 4) + " kg CO2e/kWh");
            for (CertificateFacts.Stage stage : f.stages()) {
                String[] names = STAGES.getOrDefault(stage.stage(), new String[] {stage.stage(), stage.stage()});
                page.row(
                        "  " + names[0] + " " + names[1],
                        num(stage.kgCo2ePerKwh(), 4) + " kg CO2e/kWh · " + num(stage.kgCo2e(), 1) + " kg CO2e");
            }
            page.row("绝对碳足迹 Absolute footprint", num(f.absoluteKgCo2e(), 1) + " kg CO2e");
            page.row("全生命周期能量 Lifetime energy", num(f.lifetimeEnergyKwh(), 1) + " kWh");
            page.row("功能单位方法 Functional unit", f.functionalUnitMethod());
            page.row("碳足迹等级 Performance class", f.performanceClass() == null ? "—" : f.performanceClass());
            page.row("排放因子库 Factor release", f.factorRelease());
            page.heading("4 核查发现与答复 Findings and answers");
            if (f.findings().isEmpty()) {
                page.wrap("无 None", 10);
            }
            for (CertificateFacts.FindingLine finding : f.findings()) {
                page.wrap(
                        "[" + finding.revision() + " · " + finding.severity() + "] " + finding.subject() + ": "
                                + finding.text(),
                        9);
                page.wrap("  答复 Answer: " + (finding.response() == null ? "—" : finding.response()), 9);
            }
            page.heading("5 指纹 Fingerprints (SHA-256)");
            page.label("计算记录 Calculation");
            page.text(f.calculationFingerprint(), 8, MARGIN, page.y);
            page.y -= 14;
            page.label("提交包 Package");
            page.text(f.packageFingerprint(), 8, MARGIN, page.y);
            page.y -= 14;
            page.wrap("签发 Issued " + DATE_TIME.format(f.issuedAt()) + " · " + f.verifyUrl(), 9);
        });
    }

    /** What a document says, written onto pages; run twice (see {@link #render}), so it must be deterministic. */
    private interface Layout {
        void draw(Page page) throws IOException;
    }

    /**
     * Lays the document out twice: a dry run that only collects the characters set in the CJK
     * font, then the real run with a font cut down to those characters. Handing PDFBox the whole
     * 4 MB, 30,000-glyph font made every document pay for width and CID tables over all glyphs
     * (most of the time of a certificate); the small font costs a fraction of that and is
     * embedded as a subset all the same.
     */
    private byte[] render(String title, CertificateFacts facts, Layout layout) {
        TrueTypeFont full = font.get();
        try (Page dry = new Page(full)) {
            layout.draw(dry);
            try (Page page = new Page(full, cutDown(full, dry.cjkCodePoints), title, facts)) {
                layout.draw(page);
                return page.bytes();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The tables a TrueType font needs to be embedded (cmap too: PDFBox encodes text through it). */
    private static final List<String> SUBSET_TABLES = List.of(
            "head", "hhea", "loca", "maxp", "cvt ", "prep", "glyf", "hmtx", "fpgm", "gasp", "cmap", "name", "OS/2",
            "post");

    private static TrueTypeFont cutDown(TrueTypeFont full, Set<Integer> codePoints) throws IOException {
        TTFSubsetter subsetter = new TTFSubsetter(full, SUBSET_TABLES);
        subsetter.addAll(codePoints);
        ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
        subsetter.writeToStream(out);
        return new TTFParser().parse(new RandomAccessReadBuffer(out.toByteArray()));
    }

    private static Set<Integer> latinExtras() {
        Set<Integer> extras = new HashSet<>();
        for (String name : WinAnsiEncoding.INSTANCE.getCodeToNameMap().values()) {
            String unicode = GlyphList.getAdobeGlyphList().toUnicode(name);
            if (unicode != null && unicode.codePointCount(0, unicode.length()) == 1 && unicode.codePointAt(0) > 0xFF) {
                extras.add(unicode.codePointAt(0));
            }
        }
        return Set.copyOf(extras);
    }

    private static String num(BigDecimal value, int scale) {
        return value == null ? "—" : value.setScale(scale, RoundingMode.HALF_UP).toPlainString();
    }

    /**
     * One document being written, page after page, top to bottom; or, in a dry run, only the
     * characters it would set in the CJK font, collected. Widths and the choice of font come from
     * the full font in both runs, so both break lines and pages alike.
     */
    private static final class Page implements AutoCloseable {

        private final PDDocument document;
        private final PDFont cjk;
        private final TrueTypeFont ttf;
        private final CmapLookup cmap;
        private final float unitsPerEm;
        private final PDFont latin = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        private final Set<Integer> cjkCodePoints = new HashSet<>();
        private PDPageContentStream content;
        float y;

        /** A dry run. */
        Page(TrueTypeFont full) throws IOException {
            document = null;
            cjk = null;
            ttf = full;
            cmap = full.getUnicodeCmapLookup();
            unitsPerEm = full.getUnitsPerEm();
            newPage();
        }

        Page(TrueTypeFont full, TrueTypeFont cutDown, String title, CertificateFacts facts) throws IOException {
            document = new PDDocument();
            ttf = full;
            cmap = full.getUnicodeCmapLookup();
            unitsPerEm = full.getUnitsPerEm();
            cjk = PDType0Font.load(document, cutDown, true);
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(title);
            info.setAuthor(facts.agencyEn());
            info.setCreator("Battery Carbon Platform");
            Calendar created = Calendar.getInstance(java.util.TimeZone.getTimeZone("UTC"));
            created.setTimeInMillis(facts.issuedAt().toEpochMilli());
            info.setCreationDate(created);
            newPage();
        }

        private void newPage() throws IOException {
            if (content != null) {
                content.close();
            }
            if (document == null) {
                y = PDRectangle.A4.getHeight() - MARGIN - 10;
                return;
            }
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            content = new PDPageContentStream(document, page);
            y = PDRectangle.A4.getHeight() - MARGIN - 10;
        }

        private void room(float needed) throws IOException {
            if (y - needed < MARGIN) {
                newPage();
            }
        }

        void heading(String text) throws IOException {
            room(40);
            y -= 12;
            text(text, 13, MARGIN, y);
            y -= 20;
        }

        void label(String text) throws IOException {
            room(16);
            text(text, 10, MARGIN, y);
            y -= 14;
        }

        void row(String label, String value) throws IOException {
            row(label, value, 10);
        }

        void row(String label, String value, float size) throws IOException {
            room(size + 6);
            if (!label.isEmpty()) {
                text(label, 10, MARGIN, y);
            }
            text(value == null ? "—" : value, size, MARGIN + 210, y);
            y -= size + 6;
        }

        /** Writes text wrapped to the page width. */
        void wrap(String text, float size) throws IOException {
            float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
            StringBuilder line = new StringBuilder();
            float lineWidth = 0;
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                String ch = new String(Character.toChars(cp));
                float w = cp == '\n' ? 0 : width(cp, size);
                if (cp == '\n' || lineWidth + w > width) {
                    room(size + 4);
                    text(line.toString(), size, MARGIN, y);
                    y -= size + 4;
                    line.setLength(0);
                    lineWidth = 0;
                    if (cp == '\n') {
                        i += Character.charCount(cp);
                        continue;
                    }
                }
                line.append(ch);
                lineWidth += w;
                i += Character.charCount(cp);
            }
            if (!line.isEmpty()) {
                room(size + 4);
                text(line.toString(), size, MARGIN, y);
                y -= size + 4;
            }
        }

        /** Text in runs: characters the CJK font has in it, the others in Helvetica. */
        void text(String text, float size, float x, float atY) throws IOException {
            if (document == null) {
                for (Run run : runs(text)) {
                    if (run.cjk) {
                        run.text.codePoints().forEach(cjkCodePoints::add);
                    }
                }
                return;
            }
            content.beginText();
            content.newLineAtOffset(x, atY);
            for (Run run : runs(text)) {
                content.setFont(run.cjk ? cjk : latin, size);
                content.showText(run.text);
            }
            content.endText();
        }

        private float width(String text, float size) throws IOException {
            float total = 0;
            for (Run run : runs(text)) {
                total += (run.cjk ? cjkWidth(run.text) : latin.getStringWidth(run.text)) / 1000 * size;
            }
            return total;
        }

        /** One character's width, as {@link #width(String, float)} measures it, without building runs. */
        private float width(int cp, float size) throws IOException {
            int glyph = cp > 0xFF ? cmap.getGlyphId(cp) : 0;
            if (glyph > 0) {
                return Math.round(ttf.getAdvanceWidth(glyph) * 1000f / unitsPerEm) / 1000f * size;
            }
            int shown = cp > 0xFF && !LATIN_EXTRAS.contains(cp) ? '?' : cp == '\t' ? ' ' : cp;
            return latin.getStringWidth(new String(Character.toChars(shown))) / 1000 * size;
        }

        /** In thousandths of the font size, as PDFBox measures, from the full font's metrics. */
        private float cjkWidth(String text) throws IOException {
            float total = 0;
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                total += Math.round(ttf.getAdvanceWidth(cmap.getGlyphId(cp)) * 1000f / unitsPerEm);
                i += Character.charCount(cp);
            }
            return total;
        }

        private record Run(String text, boolean cjk) {}

        private List<Run> runs(String text) throws IOException {
            List<Run> runs = new ArrayList<>();
            StringBuilder current = new StringBuilder();
            Boolean currentCjk = null;
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                boolean useCjk = cp > 0xFF && cmap.getGlyphId(cp) > 0;
                if (cp > 0xFF && !useCjk && !LATIN_EXTRAS.contains(cp)) {
                    cp = '?';
                }
                if (currentCjk != null && currentCjk != useCjk) {
                    runs.add(new Run(current.toString(), currentCjk));
                    current.setLength(0);
                }
                current.appendCodePoint(cp == '\t' ? ' ' : cp);
                currentCjk = useCjk;
                i += Character.charCount(text.codePointAt(i));
            }
            if (!current.isEmpty()) {
                runs.add(new Run(current.toString(), currentCjk));
            }
            return runs;
        }

        /** A QR code drawn as vector squares. */
        void qr(String url, float x, float atY, float size) throws IOException {
            if (document == null) {
                return;
            }
            try {
                BitMatrix matrix = new QRCodeWriter()
                        .encode(
                                url,
                                BarcodeFormat.QR_CODE,
                                0,
                                0,
                                Map.of(
                                        EncodeHintType.ERROR_CORRECTION,
                                        ErrorCorrectionLevel.M,
                                        EncodeHintType.MARGIN,
                                        2));
                float module = size / matrix.getWidth();
                content.setNonStrokingColor(0f, 0f, 0f);
                for (int row = 0; row < matrix.getHeight(); row++) {
                    for (int col = 0; col < matrix.getWidth(); col++) {
                        if (matrix.get(col, row)) {
                            content.addRect(x + col * module, atY + size - (row + 1) * module, module, module);
                        }
                    }
                }
                content.fill();
            } catch (WriterException e) {
                throw new IOException(e);
            }
        }

        byte[] bytes() throws IOException {
            content.close();
            content = null;
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            document.save(out);
            return out.toByteArray();
        }

        @Override
        public void close() throws IOException {
            if (content != null) {
                content.close();
            }
            if (document != null) {
                document.close();
            }
        }
    }
}
