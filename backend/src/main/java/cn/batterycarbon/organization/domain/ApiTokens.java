package cn.batterycarbon.organization.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface ApiTokens extends JpaRepository<ApiToken, UUID> {

    Optional<ApiToken> findByTokenHash(String tokenHash);

    List<ApiToken> findByOwnerIdOrderByCreatedAtDesc(UUID ownerId);

    /**
     * Notes a use of the token without touching its version: concurrent requests with one token
     * must not collide on optimistic locking, and using a token is not a change of it.
     */
    @Modifying
    @Query("update ApiToken t set t.lastUsedAt = :now where t.id = :id")
    void recordUse(UUID id, Instant now);
}
