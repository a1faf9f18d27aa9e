package cn.batterycarbon.organization.domain;

import cn.batterycarbon.platform.security.OrganizationType;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface Organizations extends JpaRepository<Organization, UUID> {

    List<Organization> findByTypeOrderByNameZh(OrganizationType type);

    List<Organization> findAllByOrderByTypeAscNameZhAsc();

    boolean existsByCreditCode(UnifiedSocialCreditCode creditCode);

    java.util.Optional<Organization> findByCreditCode(UnifiedSocialCreditCode creditCode);
}
