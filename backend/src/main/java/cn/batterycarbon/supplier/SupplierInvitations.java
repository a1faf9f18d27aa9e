package cn.batterycarbon.supplier;

import cn.batterycarbon.organization.OrganizationDirectory;
import cn.batterycarbon.organization.SupplierRegistration;
import cn.batterycarbon.organization.SupplierRegistration.Registered;
import cn.batterycarbon.organization.SupplierRegistration.Registration;
import cn.batterycarbon.platform.domain.DomainException;
import cn.batterycarbon.platform.events.AuditableEvent;
import cn.batterycarbon.platform.events.Notifiable;
import cn.batterycarbon.platform.security.OrganizationType;
import cn.batterycarbon.platform.security.PlatformUser;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invitations of suppliers that are not on the platform yet: a random link, valid for a limited
 * time ({@code bcf.supplier.invitation-validity}, 14 days) and usable once, whose page creates the
 * supplier organization and its first user — inactive until a platform administrator has approved
 * the unified social credit code by activating the user. Only the link's SHA-256 is stored.
 */
@Service
@Transactional(readOnly = true)
public class SupplierInvitations {

    /** A new invitation; {@code path} carries the secret and is shown once. */
    public record Invitation(UUID id, String organizationName, String email, Instant expiresAt, String path) {}

    /** What the invited supplier sees before registering. */
    public record Invited(
            String inviterName, String organizationName, String email, String message, Instant expiresAt) {}

    /** A supplier organization registered through an invitation and waiting for approval. */
    public record SupplierRegistered(
            UUID organizationId, UUID recipient, String name, String creditCode, UUID inviterId)
            implements AuditableEvent, Notifiable {
        public String action() {
            return "supplier.invitation.accepted";
        }

        public String objectType() {
            return "ORGANIZATION";
        }

        public UUID objectId() {
            return organizationId;
        }

        public UUID tenantId() {
            return organizationId;
        }

        public UUID recipientOrganizationId() {
            return recipient;
        }

        public String notificationKey() {
            return recipient.equals(inviterId)
                    ? "notification.supplier.invitation.accepted"
                    : "notification.supplier.invitation.approval";
        }

        public Object[] arguments() {
            return new Object[] {name, creditCode};
        }

        public String link() {
            return recipient.equals(inviterId)
                    ? "/supply-chain/requests/new"
                    : "/admin/organizations/" + organizationId;
        }

        public Map<String, Change> changes() {
            return Map.of("creditCode", Change.created(creditCode));
        }
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final SupplierRegistration registration;
    private final OrganizationDirectory organizations;
    private final ApplicationEventPublisher events;
    private final Duration validity;
    private final InvitationMailer mailer;
    private final Clock clock = Clock.systemUTC();

    SupplierInvitations(
            JdbcClient jdbc,
            SupplierRegistration registration,
            OrganizationDirectory organizations,
            ApplicationEventPublisher events,
            @Value("${bcf.supplier.invitation-validity:14d}") Duration validity,
            InvitationMailer mailer) {
        this.jdbc = jdbc;
        this.registration = registration;
        this.organizations = organizations;
        this.events = events;
        this.validity = validity;
        this.mailer = mailer;
    }

    @Transactional
    public Invitation invite(PlatformUser user, String organizationName, String email, String message) {
        if (organizationName == null || organizationName.isBlank()) {
            throw new DomainException("supplier.invitation.nameRequired");
        }
        if (email == null || !email.strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new DomainException("supplier.invitation.emailInvalid", String.valueOf(email));
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        UUID id = UUID.randomUUID();
        Instant expires = clock.instant().plus(validity);
        jdbc.sql("insert into supplier_invitation (id, token_sha256, inviter_org_id, email, organization_name, message,"
                        + " expires_at, created_by) values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        id,
                        UpstreamRecordService.sha256(token.getBytes(java.nio.charset.StandardCharsets.US_ASCII)),
                        user.organizationId(),
                        email.strip(),
                        organizationName.strip(),
                        message == null || message.isBlank() ? null : message.strip(),
                        Timestamp.from(expires),
                        user.getUsername())
                .update();
        return new Invitation(id, organizationName.strip(), email.strip(), expires, "/invitations/" + token);
    }

    /**
     * E-mails a new invitation's link (absolute, as the invited supplier opens it) to its address,
     * in the inviter's language. Called after the invitation is committed, so a mail never carries a
     * link that does not exist. False when no SMTP server is configured or it refused the mail.
     */
    public boolean mail(Invitation invitation, String link, PlatformUser inviter, String message, Locale locale) {
        String inviterName = organizations
                .find(inviter.organizationId())
                .map(o -> o.name(locale))
                .orElse("?");
        return mailer.send(
                new InvitationMailer.InvitationMail(
                        invitation.email(),
                        inviterName,
                        invitation.organizationName(),
                        message,
                        link,
                        invitation.expiresAt()),
                locale);
    }

    /** The invitation behind a link, or a refusal saying why (unknown, used, expired). */
    public Invited check(String token) {
        record Row(UUID inviter, String name, String email, String message, Instant expires, boolean used) {}
        List<Row> rows = jdbc.sql("select inviter_org_id, organization_name, email, message, expires_at, used_at"
                        + " from supplier_invitation where token_sha256 = ?")
                .param(hash(token))
                .query((rs, n) -> new Row(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getTimestamp(5).toInstant(),
                        rs.getTimestamp(6) != null))
                .list();
        if (rows.isEmpty()) {
            throw new DomainException("supplier.invitation.unknown");
        }
        Row row = rows.get(0);
        if (row.used()) {
            throw new DomainException("supplier.invitation.used");
        }
        if (row.expires().isBefore(clock.instant())) {
            throw new DomainException("supplier.invitation.expired");
        }
        String inviter = organizations
                .find(row.inviter())
                .map(o -> o.name(org.springframework.context.i18n.LocaleContextHolder.getLocale()))
                .orElse("?");
        return new Invited(inviter, row.name(), row.email(), row.message(), row.expires());
    }

    /**
     * Uses the invitation (once: the row is claimed before anything is created, so a second use or a
     * concurrent one is refused) and registers the organization with its inactive first user.
     */
    @Transactional
    public Registered accept(String token, Registration form) {
        check(token);
        List<UUID> inviter = jdbc.sql("update supplier_invitation set used_at = now() where token_sha256 = ?"
                        + " and used_at is null and expires_at > now() returning inviter_org_id")
                .param(hash(token))
                .query(UUID.class)
                .list();
        if (inviter.isEmpty()) {
            throw new DomainException("supplier.invitation.used");
        }
        Registered registered = registration.registerPendingSupplier(form);
        jdbc.sql("update supplier_invitation set created_org_id = ? where token_sha256 = ?")
                .params(registered.organizationId(), hash(token))
                .update();
        String name = form.nameZh();
        events.publishEvent(new SupplierRegistered(
                registered.organizationId(), inviter.get(0), name, registered.creditCode(), inviter.get(0)));
        for (var operator : organizations.ofType(OrganizationType.PLATFORM_OPERATOR)) {
            events.publishEvent(new SupplierRegistered(
                    registered.organizationId(), operator.id(), name, registered.creditCode(), inviter.get(0)));
        }
        return registered;
    }

    private static String hash(String token) {
        return UpstreamRecordService.sha256(
                (token == null ? "" : token).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }
}
