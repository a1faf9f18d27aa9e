package cn.batterycarbon.platform.files;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * What kind of file an upload is, and the text of a CSV upload: UTF-8 (with or without a
 * byte-order mark) when the bytes are valid UTF-8, otherwise GB18030 (what Chinese Excel writes);
 * UTF-16 and anything valid in neither are refused. The same rule as the factor importer.
 */
public final class TextFiles {

    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private TextFiles() {}

    public static String decode(byte[] content) throws CharacterCodingException {
        if (content.length >= 2
                && ((content[0] == (byte) 0xFF && content[1] == (byte) 0xFE)
                        || (content[0] == (byte) 0xFE && content[1] == (byte) 0xFF))) {
            throw new CharacterCodingException();
        }
        int offset = startsWith(content, UTF8_BOM) ? UTF8_BOM.length : 0;
        String text;
        try {
            text = strict(StandardCharsets.UTF_8)
                    .decode(ByteBuffer.wrap(content, offset, content.length - offset))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            text = strict(GB18030).decode(ByteBuffer.wrap(content)).toString();
        }
        if (text.indexOf('\u0000') >= 0) {
            throw new CharacterCodingException();
        }
        return text;
    }

    /** An .xlsx (or any ZIP) file. */
    public static boolean isZip(byte[] content) {
        return startsWith(content, new byte[] {0x50, 0x4B, 0x03, 0x04});
    }

    /** An old binary .xls (OLE2) file. */
    public static boolean isOle2(byte[] content) {
        return startsWith(content, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0});
    }

    private static CharsetDecoder strict(Charset charset) {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
