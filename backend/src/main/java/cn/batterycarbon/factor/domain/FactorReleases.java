package cn.batterycarbon.factor.domain;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface FactorReleases extends JpaRepository<FactorRelease, UUID> {

    Optional<FactorRelease> findByCode(String code);

    /** The release locked for a change, so that edits and state changes of one release run one at a time. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from FactorRelease r where r.code = :code")
    Optional<FactorRelease> lockByCode(@Param("code") String code);

    boolean existsByCode(String code);

    List<FactorRelease> findByStatusOrderByPublishedAtDesc(ReleaseStatus status);

    Optional<FactorRelease> findFirstByStatusOrderByPublishedAtDesc(ReleaseStatus status);

    Optional<FactorRelease> findFirstByStatusAndPublishedAtLessThanOrderByPublishedAtDesc(
            ReleaseStatus status, java.time.Instant before);

    List<FactorRelease> findByStatusNotAndOwnerOrganizationIdOrderByCreatedAtDesc(
            ReleaseStatus status, UUID ownerOrganizationId);
}
