package cn.batterycarbon.supplier.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface UpstreamRecords extends JpaRepository<UpstreamRecord, UUID> {

    List<UpstreamRecord> findByOrganizationIdOrderByProductNameAscRevisionDesc(UUID organizationId);

    List<UpstreamRecord> findBySeriesIdOrderByRevision(UUID seriesId);
}
