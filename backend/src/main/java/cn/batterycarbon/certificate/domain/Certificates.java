package cn.batterycarbon.certificate.domain;

import cn.batterycarbon.certificate.CertificateStatus;
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

    @Query(value = "select nextval('certificate_serial_seq')", nativeQuery = true)
    long nextSerialNumber();
}
