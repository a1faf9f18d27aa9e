package cn.batterycarbon.declaration.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface Declarations extends JpaRepository<Declaration, UUID> {

    List<Declaration> findByOrganizationIdOrderByPeriodStartDescCreatedAtDesc(UUID organizationId);

    /** The next number of the declaration-number sequence (never reused). */
    @org.springframework.data.jpa.repository.Query(
            value = "select nextval('declaration_number_seq')",
            nativeQuery = true)
    long nextNumber();
}
