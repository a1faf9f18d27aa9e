package cn.batterycarbon.declaration;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.erdtman.jcs.JsonCanonicalizer;

/**
 * The fingerprint of a calculation record: SHA-256 (lower-case hex) over the UTF-8 bytes of the RFC
 * 8785 JSON canonicalization (JCS) of {@code {"inputs": <inputs>, "result": <result>}}. Anyone can
 * recompute it from the two stored JSON documents with any JCS implementation. Decimals are stored
 * as JSON strings, so canonicalization (which reads JSON numbers as IEEE doubles) keeps every digit.
 */
public final class CalculationFingerprint {

    private CalculationFingerprint() {}

    public static String of(String inputsJson, String resultJson) {
        return sha256(canonical(inputsJson, resultJson));
    }

    /** The canonical document the fingerprint is taken over. */
    public static byte[] canonical(String inputsJson, String resultJson) {
        String document = "{\"inputs\":" + inputsJson + ",\"result\":" + resultJson + "}";
        try {
            return new JsonCanonicalizer(document).getEncodedUTF8();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** For tests and tools: the canonical form as text. */
    public static String canonicalText(String inputsJson, String resultJson) {
        return new String(canonical(inputsJson, resultJson), StandardCharsets.UTF_8);
    }
}
