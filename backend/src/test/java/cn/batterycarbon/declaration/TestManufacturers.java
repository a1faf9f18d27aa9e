package cn.batterycarbon.declaration;

import cn.batterycarbon.organization.application.OrganizationAdministration;
import cn.batterycarbon.organization.domain.Organization;
import cn.batterycarbon.organization.domain.Organization.OrganizationDetails;
import cn.batterycarbon.platform.security.OrganizationType;
import cn.batterycarbon.platform.security.PlatformUser;
import cn.batterycarbon.platform.security.Role;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.security.core.userdetails.UserDetailsService;

/** A new, empty manufacturer organization with one user, registered through the services. */
public final class TestManufacturers {

    public static final String PASSWORD = "Batt3ry-Carbon-Test";

    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private TestManufacturers() {}

    public record Manufacturer(Organization organization, String username, PlatformUser user) {}

    public static Manufacturer register(OrganizationAdministration administration, UserDetailsService users) {
        String suffix = Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36)
                .toLowerCase(Locale.ROOT);
        Organization organization = administration.registerOrganization(
                OrganizationType.BATTERY_MANUFACTURER,
                creditCode(),
                new OrganizationDetails(
                        "测试电池公司" + suffix,
                        "Test Battery Co " + suffix,
                        "江苏省常州市",
                        "测试员",
                        null,
                        "test-" + suffix + "@example.com"));
        String username = "maker" + suffix;
        administration.createUser(new OrganizationAdministration.NewUser(
                organization.getId(),
                username,
                "测试制造商 " + suffix,
                username + "@example.com",
                Set.of(Role.MANUFACTURER),
                PASSWORD));
        return new Manufacturer(organization, username, (PlatformUser) users.loadUserByUsername(username));
    }

    static String creditCode() {
        StringBuilder code = new StringBuilder("91");
        ThreadLocalRandom random = ThreadLocalRandom.current();
        while (code.length() < 17) {
            code.append(ALPHABET.charAt(random.nextInt(10)));
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(code.charAt(i)) * WEIGHTS[i];
        }
        int check = 31 - sum % 31;
        return code.append(ALPHABET.charAt(check == 31 ? 0 : check)).toString();
    }
}
