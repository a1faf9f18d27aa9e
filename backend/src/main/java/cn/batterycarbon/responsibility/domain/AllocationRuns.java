package cn.batterycarbon.responsibility.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AllocationRuns extends JpaRepository<AllocationRun, UUID> {

    List<AllocationRun> findByOrganizationIdOrderByCreatedAtDesc(UUID organizationId);

    org.springframework.data.domain.Page<AllocationRun> findByOrganizationIdOrderByCreatedAtDesc(
            UUID organizationId, org.springframework.data.domain.Pageable page);

    List<AllocationRun> findByTableIdOrderByCreatedAtAsc(UUID tableId);
}
