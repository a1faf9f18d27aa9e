package cn.batterycarbon.supplier.domain;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface DataRequests extends JpaRepository<DataRequest, UUID> {

    List<DataRequest> findByRequesterIdOrderByCreatedAtDesc(UUID requesterId);

    List<DataRequest> findBySupplierIdOrderByCreatedAtDesc(UUID supplierId);

    List<DataRequest> findByDeclarationIdOrderByCreatedAt(UUID declarationId);

    List<DataRequest> findByAnswerRecordIdIn(Collection<UUID> recordIds);

    boolean existsByRequesterIdAndAnswerRecordIdIn(UUID requesterId, Collection<UUID> recordIds);

    @Query("select count(distinct r.declarationId) from DataRequest r where r.answerRecordId in :recordIds"
            + " and r.status = cn.batterycarbon.supplier.RequestStatus.ACCEPTED and r.declarationId is not null")
    long countDeclarationsUsing(Collection<UUID> recordIds);

    @Query("select distinct r.declarationId from DataRequest r where r.answerRecordId in :recordIds"
            + " and r.status = cn.batterycarbon.supplier.RequestStatus.ACCEPTED and r.declarationId is not null")
    List<UUID> declarationsUsing(Collection<UUID> recordIds);
}
