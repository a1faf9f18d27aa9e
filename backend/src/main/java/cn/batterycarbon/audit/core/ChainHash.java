package cn.batterycarbon.audit.core;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.UUID;

/**
 * The chain rule: an entry's hash is the SHA-256 (hex) of the previous entry's hash, a line feed,
 * and the canonical serialization of the entry's fields (sorted keys; the changes are embedded as
 * their stored canonical JSON). The first entry chains to 64 zeros. Times are in microseconds,
 * the precision PostgreSQL stores.
 */
public final class ChainHash {

    public static final String GENESIS = "0".repeat(64);

    private final MessageDigest sha256;

    public ChainHash() {
        try {
            this.sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The time as stored: truncated to microseconds. */
    public static Instant stored(Instant time) {
        return time.truncatedTo(ChronoUnit.MICROS);
    }

    public String hash(AuditRecord r) {
        return hash(r.prevHash(), canonical(r));
    }

    public String hash(String prevHash, String canonical) {
        sha256.reset();
        sha256.update(prevHash.getBytes(StandardCharsets.US_ASCII));
        sha256.update((byte) '\n');
        sha256.update(canonical.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(sha256.digest());
    }

    /** Every field but the two hashes, as one canonical JSON object. */
    public static String canonical(AuditRecord r) {
        StringBuilder out = new StringBuilder(256 + r.changes().length());
        out.append("{\"action\":");
        CanonicalJson.string(out, r.action());
        out.append(",\"actorId\":");
        CanonicalJson.value(out, id(r.actorId()));
        out.append(",\"actorName\":");
        CanonicalJson.value(out, r.actorName());
        out.append(",\"actorOrganizationId\":");
        CanonicalJson.value(out, id(r.actorOrganizationId()));
        out.append(",\"actorRoles\":");
        CanonicalJson.value(out, r.actorRoles());
        out.append(",\"actorType\":");
        CanonicalJson.string(out, r.actorType());
        out.append(",\"changes\":").append(r.changes());
        out.append(",\"clientAddress\":");
        CanonicalJson.value(out, r.clientAddress());
        out.append(",\"objectId\":");
        CanonicalJson.value(out, id(r.objectId()));
        out.append(",\"objectType\":");
        CanonicalJson.string(out, r.objectType());
        out.append(",\"occurredAt\":");
        CanonicalJson.string(out, stored(r.occurredAt()).toString());
        out.append(",\"requestId\":");
        CanonicalJson.value(out, r.requestId());
        out.append(",\"seq\":").append(r.seq());
        out.append(",\"tenantId\":");
        CanonicalJson.value(out, id(r.tenantId()));
        return out.append('}').toString();
    }

    private static String id(UUID id) {
        return id == null ? null : id.toString();
    }
}
