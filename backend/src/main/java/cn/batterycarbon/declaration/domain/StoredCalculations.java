package cn.batterycarbon.declaration.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface StoredCalculations extends JpaRepository<StoredCalculation, UUID> {

    List<StoredCalculation> findByDeclarationIdOrderBySequenceDesc(UUID declarationId);

    Optional<StoredCalculation> findByDeclarationIdAndSequence(UUID declarationId, int sequence);

    @Query("select coalesce(max(c.sequence), 0) from StoredCalculation c where c.declarationId = ?1")
    int lastSequence(UUID declarationId);
}
