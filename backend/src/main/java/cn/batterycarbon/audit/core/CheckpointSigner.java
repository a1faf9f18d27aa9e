package cn.batterycarbon.audit.core;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs and checks checkpoints with HMAC-SHA256 under a key kept outside the database: someone who
 * can rewrite the database cannot forge a checkpoint for a rewritten chain.
 */
public final class CheckpointSigner {

    private final byte[] key;
    private final String keyId;

    public CheckpointSigner(byte[] key) {
        if (key.length < 32) {
            throw new IllegalArgumentException("checkpoint key must have at least 32 bytes");
        }
        this.key = key.clone();
        try {
            this.keyId = HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(key))
                    .substring(0, 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public String keyId() {
        return keyId;
    }

    public String sign(long lastSeq, String headHash, Instant createdAt) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            String message = lastSeq + "|" + headHash + "|" + ChainHash.stored(createdAt);
            return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public boolean valid(Checkpoint checkpoint) {
        return keyId.equals(checkpoint.keyId())
                && MessageDigest.isEqual(
                        sign(checkpoint.lastSeq(), checkpoint.headHash(), checkpoint.createdAt())
                                .getBytes(StandardCharsets.US_ASCII),
                        checkpoint.signature().getBytes(StandardCharsets.US_ASCII));
    }
}
