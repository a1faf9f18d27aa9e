package cn.batterycarbon.product.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface BatteryModels extends JpaRepository<BatteryModel, UUID> {

    List<BatteryModel> findByOrganizationIdOrderByModelCode(UUID organizationId);

    List<BatteryModel> findAllByOrderByOrganizationIdAscModelCodeAsc();

    boolean existsByOrganizationIdAndModelCode(UUID organizationId, String modelCode);
}
