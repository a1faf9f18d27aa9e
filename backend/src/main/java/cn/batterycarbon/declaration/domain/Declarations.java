package cn.batterycarbon.declaration.domain;

import cn.batterycarbon.declaration.DeclarationStatus;
import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface Declarations extends JpaRepository<Declaration, UUID> {

    List<Declaration> findByOrganizationIdOrderByPeriodStartDescCreatedAtDesc(UUID organizationId);

    /** The declaration, row-locked until the transaction ends: workflow transitions run one at a time. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select d from Declaration d where d.id = :id")
    Optional<Declaration> findForUpdate(UUID id);

    List<Declaration> findByVerificationAgencyIdAndStatusInOrderByUpdatedAtDesc(
            UUID agencyId, Collection<DeclarationStatus> statuses);

    List<Declaration> findByStatusInOrderByUpdatedAtDesc(Collection<DeclarationStatus> statuses);
}
