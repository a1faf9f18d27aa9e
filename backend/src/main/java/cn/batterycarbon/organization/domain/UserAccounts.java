package cn.batterycarbon.organization.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface UserAccounts extends JpaRepository<UserAccount, UUID> {

    Optional<UserAccount> findByUsername(String username);

    boolean existsByUsername(String username);

    Optional<UserAccount> findByExternalSubject(String externalSubject);

    List<UserAccount> findByOrganizationIdOrderByUsername(UUID organizationId);

    long countByActiveTrue();
}
