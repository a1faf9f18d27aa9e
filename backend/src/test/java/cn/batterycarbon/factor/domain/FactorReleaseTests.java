package cn.batterycarbon.factor.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.batterycarbon.platform.domain.DomainException;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The release lifecycle as the aggregate enforces it. */
class FactorReleaseTests {

    final Instant now = Instant.parse("2026-03-01T08:00:00Z");

    FactorRelease draft() {
        return FactorRelease.draft("cn-bcf-2026.2", "标题", "Title", null, UUID.randomUUID(), null);
    }

    @Test
    void draftReviewApprovePublishes() {
        FactorRelease release = draft();
        assertThat(release.getCode()).isEqualTo("CN-BCF-2026.2");
        assertThat(release.getStatus()).isEqualTo(ReleaseStatus.DRAFT);
        release.submitForReview(3, "steward", now);
        assertThat(release.getStatus()).isEqualTo(ReleaseStatus.IN_REVIEW);
        release.approve("expert", now.plusSeconds(60));
        assertThat(release.isPublished()).isTrue();
        assertThat(release.getPublishedAt()).isEqualTo(now.plusSeconds(60));
        assertThat(release.getReviewedBy()).isEqualTo("expert");
    }

    @Test
    void aPublishedReleaseRefusesEveryChange() {
        FactorRelease release = draft();
        release.submitForReview(1, "steward", now);
        release.approve("expert", now);
        assertThatThrownBy(release::requireEditable).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> release.retitle("a", "b", null)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> release.submitForReview(1, "steward", now)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> release.approve("expert", now)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> release.sendBack("expert", "why")).isInstanceOf(DomainException.class);
        assertThatThrownBy(release::requireOpenForComments)
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("factor.release.published");
    }

    @Test
    void onlyADraftIsSubmittedAndOnlyWithFactors() {
        FactorRelease release = draft();
        assertThatThrownBy(() -> release.submitForReview(0, "steward", now))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("factor.release.empty");
        assertThatThrownBy(() -> release.approve("expert", now))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("factor.release.transition");
    }

    @Test
    void sendingBackNeedsAReasonAndReturnsToDraft() {
        FactorRelease release = draft();
        release.submitForReview(2, "steward", now);
        assertThatThrownBy(() -> release.sendBack("expert", " ")).isInstanceOf(DomainException.class);
        release.sendBack("expert", "Cite the table number");
        assertThat(release.isDraft()).isTrue();
        assertThat(release.getReviewNote()).isEqualTo("Cite the table number");
        release.requireEditable();
    }

    @Test
    void nobodyApprovesTheirOwnSubmission() {
        FactorRelease release = draft();
        release.submitForReview(2, "both-roles", now);
        assertThatThrownBy(() -> release.approve("both-roles", now))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("factor.release.ownSubmission");
    }

    @Test
    void badCodesAreRefused() {
        assertThatThrownBy(() -> FactorRelease.draft("a b", "t", "t", null, UUID.randomUUID(), null))
                .isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> FactorRelease.draft("new", "t", "t", null, UUID.randomUUID(), null))
                .isInstanceOf(DomainException.class);
    }
}
