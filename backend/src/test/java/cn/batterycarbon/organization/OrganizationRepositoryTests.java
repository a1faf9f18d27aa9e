package cn.batterycarbon.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.batterycarbon.organization.domain.Organization;
import cn.batterycarbon.organization.domain.Organization.OrganizationDetails;
import cn.batterycarbon.organization.domain.Organizations;
import cn.batterycarbon.organization.domain.UnifiedSocialCreditCode;
import cn.batterycarbon.organization.domain.UserAccount;
import cn.batterycarbon.organization.domain.UserAccounts;
import cn.batterycarbon.platform.security.OrganizationType;
import cn.batterycarbon.platform.security.Role;
import cn.batterycarbon.support.IntegrationTest;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organization tables as Flyway creates them in PostgreSQL, through the repositories. Runs in
 * the shared application context (not a JPA slice) because the schema includes a Java migration
 * that is a Spring bean of the factor module; each test rolls back.
 */
@IntegrationTest
@Transactional
class OrganizationRepositoryTests {

    @Autowired
    Organizations organizations;

    @Autowired
    UserAccounts users;

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
