package cn.batterycarbon.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.batterycarbon.organization.domain.Organization;
import cn.batterycarbon.organization.domain.Organization.OrganizationDetails;
import cn.batterycarbon.organization.domain.Organizations;
import cn.batterycarbon.organization.domain.UnifiedSocialCreditCode;
import cn.batterycarbon.organization.domain.UserAccount;
import cn.batterycarbon.organization.domain.UserAccounts;
import cn.batterycarbon.platform.persistence.JpaAuditingConfiguration;
import cn.batterycarbon.platform.security.OrganizationType;
import cn.batterycarbon.platform.security.Role;
import cn.batterycarbon.support.TestDatabaseInitializer;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.test.context.ContextConfiguration;

/**
 * The organization tables as Flyway creates them in PostgreSQL, through the repositories, in a JPA
 * slice: Flyway finds the Java migration V11 by its location (it is no Spring bean), so the slice
 * migrates the same schema as the application. Each test rolls back.
 */
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
@Import(JpaAuditingConfiguration.class)
class OrganizationRepositoryTests {

    @Autowired
    Organizations organizations;

    @Autowired
    UserAccounts users;

    @Autowired
    org.flywaydb.core.Flyway flyway;

    @Test
    void theJavaMigrationIsFoundByFlywayWithoutBeingASpringBean() {
        org.flywaydb.core.api.MigrationInfo v11 = java.util.Arrays.stream(
                        flyway.info().all())
                .filter(i ->
                        i.getVersion() != null && "11".equals(i.getVersion().getVersion()))
                .findFirst()
                .orElseThrow();
        assertThat(v11.getState().isResolved()).isTrue();
        assertThat(v11.getState().isApplied()).isTrue();
    }

    @Test
    void storesOrganizationsWithAuditFieldsAndFindsThemByType() {
        Organization saved = organizations.saveAndFlush(new Organization(
                OrganizationType.VERIFICATION_AGENCY,
                UnifiedSocialCreditCode.of("91330100MA2REP001Y"),
                new OrganizationDetails("深审", "Shenshen Audit", "深圳", "张", "0755-1", "z@s.cn")));
        assertThat(saved.getCreatedAt()).isNotNull();
        assertThat(saved.getCreatedBy()).isEqualTo("system");
        assertThat(organizations.findByTypeOrderByNameZh(OrganizationType.VERIFICATION_AGENCY))
                .extracting(Organization::getNameEn)
                .contains("Shenshen Audit");
        assertThat(organizations.existsByCreditCode(UnifiedSocialCreditCode.of("91330100MA2REP001Y")))
                .isTrue();
    }

    @Test
    void theDatabaseRefusesADuplicateCreditCode() {
        OrganizationDetails details = new OrganizationDetails("甲", "A", "地址", "联系人", null, "a@a.cn");
        organizations.saveAndFlush(
                new Organization(OrganizationType.SUPPLIER, UnifiedSocialCreditCode.of("91330100MA2REP0022"), details));
        assertThatThrownBy(() -> organizations.saveAndFlush(new Organization(
                        OrganizationType.SUPPLIER, UnifiedSocialCreditCode.of("91330100MA2REP0022"), details)))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void storesUsersWithTheirRoles() {
        Organization maker = organizations.saveAndFlush(new Organization(
                OrganizationType.BATTERY_MANUFACTURER,
                UnifiedSocialCreditCode.of("000000000000000000"),
                new OrganizationDetails("电池", "Battery", "上海", "王", null, "w@b.cn")));
        users.saveAndFlush(new UserAccount("wang", "王", "w@b.cn", "{noop}x", maker, Set.of(Role.MANUFACTURER)));
        UserAccount found = users.findByUsername("wang").orElseThrow();
        assertThat(found.getRoles()).containsExactly(Role.MANUFACTURER);
        assertThat(users.findByOrganizationIdOrderByUsername(maker.getId())).hasSize(1);
    }
}
