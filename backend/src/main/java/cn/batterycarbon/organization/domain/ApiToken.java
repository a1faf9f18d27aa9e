package cn.batterycarbon.organization.domain;

import cn.batterycarbon.platform.domain.DomainException;
import cn.batterycarbon.platform.persistence.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A personal API token: the secret is shown to its owner once and only its SHA-256 hash is kept;
 * it stops working when it expires or is revoked.
 */
@Entity
@Table(name = "api_token")
public class ApiToken extends AuditedEntity {

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "user_id", nullable = false, updatable = false)
    private UserAccount owner;

    @Column(nullable = false)
    private String name;

    @Column(name = "token_hash", nullable = false, unique = true, updatable = false)
    private String tokenHash;

    /** The first characters of the secret, so the owner can tell tokens apart. */
    @Column(name = "token_prefix", nullable = false, updatable = false)
    private String tokenPrefix;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    protected ApiToken() {}

    public ApiToken(UserAccount owner, String name, String tokenHash, String tokenPrefix, Instant expiresAt) {
        this.owner = owner;
        this.name = name.trim();
        this.tokenHash = tokenHash;
        this.tokenPrefix = tokenPrefix;
        this.expiresAt = expiresAt;
    }

    public boolean usableAt(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt) && owner.isActive();
    }

    public void revoke(Instant now) {
        if (revokedAt != null) {
            throw new DomainException("token.alreadyRevoked", name);
        }
        revokedAt = now;
    }

    public UserAccount getOwner() {
        return owner;
    }

    public String getName() {
        return name;
    }

    public String getTokenPrefix() {
        return tokenPrefix;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public Instant getLastUsedAt() {
        return lastUsedAt;
    }

    public String status(Instant now) {
        if (revokedAt != null) {
            return "REVOKED";
        }
        return now.isBefore(expiresAt) ? "ACTIVE" : "EXPIRED";
    }
}
