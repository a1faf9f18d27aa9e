package cn.batterycarbon.organization.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.batterycarbon.organization.domain.Organization.OrganizationDetails;
import cn.batterycarbon.platform.domain.DomainException;
import cn.batterycarbon.platform.security.OrganizationType;
import cn.batterycarbon.platform.security.Role;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UserAccountTests {

    private final Organization supplier = new Organization(
            OrganizationType.SUPPLIER,
            UnifiedSocialCreditCode.of("91430100MA4HLHJ1PU"),
            new OrganizationDetails("供应商", "Supplier", "地址", "联系人", null, "a@b.cn"));

    @Test
    void rolesMustSuitTheOrganization() {
        assertThatThrownBy(() -> new UserAccount("Eve", "Eve", "e@b.cn", "hash", supplier, Set.of(Role.VERIFIER)))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("user.roles.notGrantable");
        assertThatThrownBy(() -> new UserAccount("eve", "Eve", "e@b.cn", "hash", supplier, Set.of()))
                .hasMessageContaining("user.roles.empty");
    }

    @Test
    void userNamesAreStoredLowerCaseAndTheUserActsForItsOrganization() {
        UserAccount user = new UserAccount(" Li.Ming ", "李明", "li@b.cn", "hash", supplier, Set.of(Role.SUPPLIER));
        assertThat(user.getUsername()).isEqualTo("li.ming");
        assertThat(user.toPlatformUser().organizationId()).isEqualTo(supplier.getId());
        assertThat(user.toPlatformUser().hasRole(Role.SUPPLIER)).isTrue();
    }

    @Test
    void deactivationIsAStateChangeThatChecksTheCurrentState() {
        UserAccount user = new UserAccount("li", "李", "li@b.cn", "hash", supplier, Set.of(Role.SUPPLIER));
        user.deactivate();
        assertThat(user.toPlatformUser().isEnabled()).isFalse();
        assertThatThrownBy(user::deactivate).hasMessageContaining("user.alreadyInactive");
        user.activate();
        assertThatThrownBy(user::activate).hasMessageContaining("user.alreadyActive");
    }
}
