package cn.batterycarbon.declaration.domain;

import cn.batterycarbon.declaration.DeclarationStatus;
import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface Declarations extends JpaRepository<Declaration, UUID> {

    List<Declaration> findByOrganizationIdOrderByPeriodStartDescCreatedAtDesc(UUID organizationId);

    /** Status of every declaration (no results or lines are loaded), for coverage counts. */
    @Query("select new cn.batterycarbon.declaration.DeclarationStatusView(d.id, d.organizationId, d.batteryModelId,"
            + " d.status) from Declaration d")
    List<cn.batterycarbon.declaration.DeclarationStatusView> statuses();

    @Query("select new cn.batterycarbon.declaration.DeclarationStatusView(d.id, d.organizationId, d.batteryModelId,"
            + " d.status) from Declaration d where d.organizationId = :organizationId")
    List<cn.batterycarbon.declaration.DeclarationStatusView> statusesOf(UUID organizationId);
    /** The next number of the declaration-number sequence (never reused). */
    @org.springframework.data.jpa.repository.Query(
            value = "select nextval('declaration_number_seq')",
            nativeQuery = true)
    long nextNumber();

    Page<Declaration> findByOrganizationId(UUID organizationId, Pageable page);

    /**
     * The declaration with its row locked until the transaction ends: changes of one declaration's
     * lines (uploads, additions, edits) run one after the other instead of interleaving.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select d from Declaration d where d.id = :id")
    Optional<Declaration> findForUpdate(@Param("id") UUID id);

    List<Declaration> findByVerificationAgencyIdAndStatusInOrderByUpdatedAtDesc(
            UUID agencyId, Collection<DeclarationStatus> statuses);

    List<Declaration> findByStatusInOrderByUpdatedAtDesc(Collection<DeclarationStatus> statuses);
}
