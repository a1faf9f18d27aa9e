package cn.batterycarbon.factor;

import cn.batterycarbon.platform.security.OrganizationType;
import cn.batterycarbon.platform.security.PlatformUser;
import cn.batterycarbon.platform.security.Role;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Shared helpers of the factor integration tests: demo users, fixtures, unique release codes. */
final class FactorTestSupport {

    static final String SEED_RELEASE = "CN-BCF-2026.1";

    private FactorTestSupport() {}

    static PlatformUser user(UserDetailsService users, String username) {
        return (PlatformUser) users.loadUserByUsername(username);
    }

    /** A steward of another research institute (not in the database: only the principal matters). */
    static PlatformUser otherInstituteSteward() {
        return new PlatformUser(
                UUID.randomUUID(),
                "other-steward",
                "Other steward",
                UUID.randomUUID(),
                OrganizationType.RESEARCH_INSTITUTE,
                Set.of(Role.FACTOR_STEWARD, Role.FACTOR_REVIEWER),
                true,
                "n/a");
    }

    static String uniqueCode(String prefix) {
        return prefix + "-"
                + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase(java.util.Locale.ROOT);
    }

    static byte[] fixture(String name) {
        try (InputStream in = FactorTestSupport.class.getResourceAsStream("/factor/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
