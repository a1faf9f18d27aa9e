package cn.batterycarbon.certificate.domain;

import cn.batterycarbon.certificate.CertificateStatus;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface Certificates extends JpaRepository<Certificate, UUID> {

    Optional<Certificate> findBySerial(String serial);

    List<Certificate> findByDeclarationIdOrderByRevisionDesc(UUID declarationId);

    List<Certificate> findByDeclarationIdInAndStatus(Collection<UUID> declarationIds, CertificateStatus status);

    List<Certificate> findByOrganizationIdOrderByIssuedAtDesc(UUID organizationId);

    List<Certificate> findByAgencyIdOrderByIssuedAtDesc(UUID agencyId);

    List<Certificate> findAllByOrderByIssuedAtDesc();

    /** Declarations holding a certificate in this status that has not expired before the day given. */
    @Query("select c.declarationId from Certificate c where c.status = :status and c.expiresOn >= :day")
    List<UUID> declarationsCertified(CertificateStatus status, LocalDate day);

    @Query("select c.declarationId from Certificate c where c.organizationId = :organizationId"
            + " and c.status = :status and c.expiresOn >= :day")
    List<UUID> declarationsCertified(UUID organizationId, CertificateStatus status, LocalDate day);

    @Query(value = "select nextval('certificate_serial_seq')", nativeQuery = true)
    long nextSerialNumber();
}
