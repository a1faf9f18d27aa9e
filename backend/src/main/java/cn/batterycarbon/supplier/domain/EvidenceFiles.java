package cn.batterycarbon.supplier.domain;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EvidenceFiles extends JpaRepository<EvidenceFile, UUID> {

    List<EvidenceFile> findByRecordIdOrderByCreatedAt(UUID recordId);

    List<EvidenceFile> findByRecordIdIn(Collection<UUID> recordIds);
}
