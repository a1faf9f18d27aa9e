package cn.batterycarbon.product.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface Plants extends JpaRepository<Plant, UUID> {

    List<Plant> findByOrganizationIdOrderByName(UUID organizationId);
}
