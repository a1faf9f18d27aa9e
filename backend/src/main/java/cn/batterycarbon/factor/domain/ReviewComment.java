package cn.batterycarbon.factor.domain;

import cn.batterycarbon.platform.persistence.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.UUID;

/**
 * A remark in the review of a release, on the release as a whole or on one of its factors; the
 * reviewer's approval and send-back reason are recorded the same way.
 */
@Entity
@Table(name = "factor_review_comment")
public class ReviewComment extends AuditedEntity {

    public enum Kind {
        COMMENT,
        SENT_BACK,
        APPROVED
    }

    @Column(name = "release_id", nullable = false, updatable = false)
    private UUID releaseId;

    @Column(name = "factor_id", updatable = false)
    private UUID factorId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Kind kind;

    @Column(name = "author_name", nullable = false, updatable = false)
    private String authorName;

    @Column(nullable = false, updatable = false)
    private String body;

    protected ReviewComment() {}

    public ReviewComment(UUID releaseId, UUID factorId, Kind kind, String authorName, String body) {
        this.releaseId = releaseId;
        this.factorId = factorId;
        this.kind = kind;
        this.authorName = authorName;
        this.body = body.trim();
    }

    public UUID getReleaseId() {
        return releaseId;
    }

    public UUID getFactorId() {
        return factorId;
    }

    public Kind getKind() {
        return kind;
    }

    public String getAuthorName() {
        return authorName;
    }

    public String getBody() {
        return body;
    }
}
