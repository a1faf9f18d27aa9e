package cn.batterycarbon.factor.domain;

import cn.batterycarbon.platform.domain.DomainException;
import cn.batterycarbon.platform.persistence.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A versioned release of the background factor database. Its life: {@code DRAFT} (stewards edit
 * it) → {@link #submitForReview} → {@code IN_REVIEW} (experts comment) → {@link #approve} →
 * {@code PUBLISHED}, or {@link #sendBack} → {@code DRAFT}. A published release never changes
 * again; the database refuses it too (triggers of migration V10).
 */
@Entity
@Table(name = "factor_release")
public class FactorRelease extends AuditedEntity {

    public static final Pattern CODE = Pattern.compile("^[A-Z0-9][A-Z0-9._-]{1,39}$");

    /** Codes that would collide with page paths under {@code /factor-releases/}. */
    private static final java.util.Set<String> RESERVED_CODES = java.util.Set.of("NEW", "TEMPLATE");

    @Column(nullable = false, unique = true, updatable = false)
    private String code;

    @Column(name = "title_zh", nullable = false)
    private String titleZh;

    @Column(name = "title_en", nullable = false)
    private String titleEn;

    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReleaseStatus status;

    @Column(name = "owner_organization_id", updatable = false)
    private UUID ownerOrganizationId;

    @Column(name = "based_on_release_id", updatable = false)
    private UUID basedOnReleaseId;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "submitted_by")
    private String submittedBy;

    @Column(name = "reviewed_by")
    private String reviewedBy;

    @Column(name = "review_note")
    private String reviewNote;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "published_by")
    private String publishedBy;

    protected FactorRelease() {}

    private FactorRelease(
            String code,
            String titleZh,
            String titleEn,
            String description,
            UUID ownerOrganizationId,
            UUID basedOnReleaseId) {
        this.code = code;
        this.titleZh = titleZh.trim();
        this.titleEn = titleEn.trim();
        this.description = description == null || description.isBlank() ? null : description.trim();
        this.ownerOrganizationId = ownerOrganizationId;
        this.basedOnReleaseId = basedOnReleaseId;
        this.status = ReleaseStatus.DRAFT;
    }

    /** A new draft owned by a research institute, optionally starting from a published release. */
    public static FactorRelease draft(
            String code,
            String titleZh,
            String titleEn,
            String description,
            UUID ownerOrganizationId,
            FactorRelease basedOn) {
        String normalized = normalizeCode(code);
        if (!CODE.matcher(normalized).matches() || RESERVED_CODES.contains(normalized)) {
            throw new DomainException("factor.release.code.invalid", code);
        }
        if (basedOn != null && !basedOn.isPublished()) {
            throw new DomainException("factor.release.basedOn.notPublished", basedOn.getCode());
        }
        return new FactorRelease(
                normalized,
                titleZh,
                titleEn,
                description,
                ownerOrganizationId,
                basedOn == null ? null : basedOn.getId());
    }

    public static String normalizeCode(String code) {
        return code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
    }

    /** Stewards change factors only while the release is a draft. */
    public void requireEditable() {
        if (status != ReleaseStatus.DRAFT) {
            throw new DomainException(
                    "factor.release.notEditable",
                    code,
                    new org.springframework.context.support.DefaultMessageSourceResolvable(
                            new String[] {"factor.release.status." + status.name()}, status.name()));
        }
    }

    public void retitle(String titleZh, String titleEn, String description) {
        requireEditable();
        this.titleZh = titleZh.trim();
        this.titleEn = titleEn.trim();
        this.description = description == null || description.isBlank() ? null : description.trim();
    }

    /** Hands the draft to the experts; a release without any factor is not worth reviewing. */
    public void submitForReview(long activeFactors, String steward, Instant at) {
        if (status != ReleaseStatus.DRAFT) {
            throw new DomainException(
                    "factor.release.transition",
                    code,
                    new org.springframework.context.support.DefaultMessageSourceResolvable(
                            new String[] {"factor.release.status." + status.name()}, status.name()),
                    new org.springframework.context.support.DefaultMessageSourceResolvable(
                            new String[] {"factor.release.status." + ReleaseStatus.IN_REVIEW.name()},
                            ReleaseStatus.IN_REVIEW.name()));
        }
        if (activeFactors == 0) {
            throw new DomainException("factor.release.empty", code);
        }
        this.status = ReleaseStatus.IN_REVIEW;
        this.submittedAt = at;
        this.submittedBy = steward;
        this.reviewNote = null;
    }

    /**
     * An expert approves, which publishes the release. Nobody reviews their own submission.
     */
    public void approve(String reviewer, Instant at) {
        requireInReview(ReleaseStatus.PUBLISHED);
        if (reviewer.equals(submittedBy)) {
            throw new DomainException("factor.release.ownSubmission", code);
        }
        this.status = ReleaseStatus.PUBLISHED;
        this.reviewedBy = reviewer;
        this.publishedAt = at;
        this.publishedBy = reviewer;
    }

    /** An expert returns the release to the stewards with the reason. */
    public void sendBack(String reviewer, String reason) {
        requireInReview(ReleaseStatus.DRAFT);
        if (reason == null || reason.isBlank()) {
            throw new DomainException("factor.release.sendBack.reason");
        }
        if (reviewer.equals(submittedBy)) {
            throw new DomainException("factor.release.ownSubmission", code);
        }
        this.status = ReleaseStatus.DRAFT;
        this.reviewedBy = reviewer;
        this.reviewNote = reason.trim();
    }

    /** Comments are taken while the release is being prepared or reviewed, never once published. */
    public void requireOpenForComments() {
        if (status == ReleaseStatus.PUBLISHED) {
            throw new DomainException("factor.release.published", code);
        }
    }

    private void requireInReview(ReleaseStatus target) {
        if (status != ReleaseStatus.IN_REVIEW) {
            throw new DomainException(
                    "factor.release.transition",
                    code,
                    new org.springframework.context.support.DefaultMessageSourceResolvable(
                            new String[] {"factor.release.status." + status.name()}, status.name()),
                    new org.springframework.context.support.DefaultMessageSourceResolvable(
                            new String[] {"factor.release.status." + target.name()}, target.name()));
        }
    }

    public boolean isPublished() {
        return status == ReleaseStatus.PUBLISHED;
    }

    public boolean isDraft() {
        return status == ReleaseStatus.DRAFT;
    }

    public boolean isInReview() {
        return status == ReleaseStatus.IN_REVIEW;
    }

    public String title(Locale locale) {
        return "en".equals(locale.getLanguage()) ? titleEn : titleZh;
    }

    public String getCode() {
        return code;
    }

    public String getTitleZh() {
        return titleZh;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public String getDescription() {
        return description;
    }

    public ReleaseStatus getStatus() {
        return status;
    }

    public UUID getOwnerOrganizationId() {
        return ownerOrganizationId;
    }

    public UUID getBasedOnReleaseId() {
        return basedOnReleaseId;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public String getReviewedBy() {
        return reviewedBy;
    }

    public String getReviewNote() {
        return reviewNote;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public String getPublishedBy() {
        return publishedBy;
    }
}
