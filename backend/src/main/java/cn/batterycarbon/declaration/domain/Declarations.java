package cn.batterycarbon.declaration.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface Declarations extends JpaRepository<Declaration, UUID> {

    List<Declaration> findByOrganizationIdOrderByPeriodStartDescCreatedAtDesc(UUID organizationId);

    /** Status of every declaration (no results or lines are loaded), for coverage counts. */
    @Query("select new cn.batterycarbon.declaration.DeclarationStatusView(d.id, d.organizationId, d.batteryModelId,"
            + " d.status) from Declaration d")
    List<cn.batterycarbon.declaration.DeclarationStatusView> statuses();

    @Query("select new cn.batterycarbon.declaration.DeclarationStatusView(d.id, d.organizationId, d.batteryModelId,"
            + " d.status) from Declaration d where d.organizationId = :organizationId")
    List<cn.batterycarbon.declaration.DeclarationStatusView> statusesOf(UUID organizationId);
}
