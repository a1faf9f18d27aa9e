package cn.batterycarbon.responsibility.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface StoredIoTables extends JpaRepository<StoredIoTable, UUID> {

    List<StoredIoTable> findByOrganizationIdOrderByCreatedAtDesc(UUID organizationId);

    boolean existsByOrganizationIdAndName(UUID organizationId, String name);
}
