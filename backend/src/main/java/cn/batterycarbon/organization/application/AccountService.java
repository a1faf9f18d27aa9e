package cn.batterycarbon.organization.application;

import cn.batterycarbon.organization.OrganizationEvents.ApiTokenChanged;
import cn.batterycarbon.organization.OrganizationEvents.UserChanged;
import cn.batterycarbon.organization.PasswordPolicy;
import cn.batterycarbon.organization.domain.ApiToken;
import cn.batterycarbon.organization.domain.ApiTokens;
import cn.batterycarbon.organization.domain.UserAccount;
import cn.batterycarbon.organization.domain.UserAccounts;
import cn.batterycarbon.platform.domain.DomainException;
import cn.batterycarbon.platform.events.AuditableEvent.Change;
import cn.batterycarbon.platform.security.ApiTokenVerifier;
import cn.batterycarbon.platform.security.LoginThrottle;
import cn.batterycarbon.platform.security.PlatformUser;
import cn.batterycarbon.platform.web.NotFoundException;
import cn.batterycarbon.platform.web.UserTimeZones;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What users do with their own account: change their password, manage personal API tokens. */
@Service
@Transactional
public class AccountService implements ApiTokenVerifier, UserTimeZones {

    public static final int MAX_TOKEN_DAYS = 365;

    /** A token just created: the secret is returned this once and never again. */
    public record IssuedToken(ApiToken token, String secret) {}

    private final UserAccounts users;
    private final ApiTokens tokens;
    private final PasswordEncoder passwordEncoder;
    private final LoginThrottle throttle;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final ApplicationEventPublisher events;

    AccountService(
            UserAccounts users,
            ApiTokens tokens,
            PasswordEncoder passwordEncoder,
            LoginThrottle throttle,
            ApplicationEventPublisher events) {
        this.users = users;
        this.tokens = tokens;
        this.passwordEncoder = passwordEncoder;
        this.throttle = throttle;
        this.events = events;
        this.clock = Clock.systemUTC();
    }

    /**
     * The current-password check counts as a sign-in attempt: the same throttle and lock-out, so a
     * borrowed session cannot be used to guess the password.
     */
    public void changePassword(UUID userId, String currentPassword, String newPassword) {
        UserAccount user = users.findById(userId).orElseThrow(NotFoundException::new);
        if (throttle.isLocked(user.getUsername())) {
            throw new DomainException("password.current.locked");
        }
        if (!passwordEncoder.matches(currentPassword, user.getPasswordHash())) {
            throttle.recordFailure(user.getUsername());
            throw new DomainException("password.current.wrong");
        }
        throttle.recordSuccess(user.getUsername());
        PasswordPolicy.check(user.getUsername(), newPassword);
        user.changePasswordHash(passwordEncoder.encode(newPassword));
        events.publishEvent(new UserChanged(
                UserChanged.PASSWORD_CHANGED,
                user.getId(),
                user.getOrganization().getId(),
                Map.of()));
    }

    public IssuedToken issueToken(UUID userId, String name, int validDays) {
        if (name == null || name.isBlank() || name.length() > 100) {
            throw new DomainException("token.name.invalid");
        }
        if (validDays < 1 || validDays > MAX_TOKEN_DAYS) {
            throw new DomainException("token.validity.invalid", MAX_TOKEN_DAYS);
        }
        UserAccount owner = users.findById(userId).orElseThrow(NotFoundException::new);
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String secret = TOKEN_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant expiresAt = clock.instant().plus(Duration.ofDays(validDays));
        ApiToken token = tokens.save(new ApiToken(owner, name, hash(secret), secret.substring(0, 10), expiresAt));
        events.publishEvent(new ApiTokenChanged(
                ApiTokenChanged.ISSUED,
                token.getId(),
                owner.getOrganization().getId(),
                Map.of(
                        "name", Change.created(name),
                        "owner", Change.created(owner.getUsername()),
                        "expiresAt", Change.created(expiresAt.toString()))));
        return new IssuedToken(token, secret);
    }

    @Override
    @Transactional(readOnly = true)
    public ZoneId zoneOf(UUID userId) {
        return users.findById(userId).map(UserAccount::timeZone).orElse(UserTimeZones.DEFAULT);
    }

    /** The user's choice of time zone, one of {@link UserTimeZones#CHOICES}. */
    public void changeTimeZone(UUID userId, String zoneId) {
        ZoneId zone = UserTimeZones.CHOICES.stream()
                .filter(z -> z.getId().equals(zoneId))
                .findFirst()
                .orElseThrow(() -> new DomainException("account.timeZone.invalid", String.valueOf(zoneId)));
        users.findById(userId).orElseThrow(NotFoundException::new).changeTimeZone(zone);
    }

    @Transactional(readOnly = true)
    public List<ApiToken> tokensOf(UUID userId) {
        return tokens.findByOwnerIdOrderByCreatedAtDesc(userId);
    }

    /** Revokes one of the user's own tokens; another user's token id is a 404. */
    public void revokeToken(UUID userId, UUID tokenId) {
        ApiToken token = tokens.findById(tokenId)
                .filter(t -> t.getOwner().getId().equals(userId))
                .orElseThrow(NotFoundException::new);
        token.revoke(clock.instant());
        events.publishEvent(new ApiTokenChanged(
                ApiTokenChanged.REVOKED,
                token.getId(),
                token.getOwner().getOrganization().getId(),
                Map.of("name", Change.of(token.getName(), token.getName()), "revoked", Change.of(false, true))));
    }

    @Override
    public Optional<PlatformUser> verify(String rawToken) {
        Instant now = clock.instant();
        return tokens.findByTokenHash(hash(rawToken))
                .filter(token -> token.usableAt(now))
                .map(token -> {
                    tokens.recordUse(token.getId(), now);
                    PlatformUser user = token.getOwner().toPlatformUser();
                    user.eraseCredentials();
                    return user;
                });
    }

    public Instant now() {
        return clock.instant();
    }

    /** Tokens carry 256 random bits, so a plain SHA-256 is enough to keep them safe at rest. */
    static String hash(String rawToken) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(rawToken.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
