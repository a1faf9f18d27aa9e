package cn.batterycarbon.platform.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The event publication registry for operators: publications whose listener has not completed
 * (it failed, or the application stopped before it ran), and re-submitting them now instead of
 * at the next start. Administrators only ({@code /api/v1/admin/**}).
 */
@ApiController
@RequestMapping("/api/v1/admin/event-publications")
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "Administration")
class EventPublicationsApi {

    record IncompletePublication(
            UUID id,
            String eventType,
            String listener,
            Instant publishedAt,
            String status,
            Integer completionAttempts,
            Instant lastResubmittedAt) {}

    record Resubmitted(int incompleteBefore, int incompleteAfter) {}

    private final JdbcTemplate jdbc;
    private final IncompleteEventPublications incomplete;

    EventPublicationsApi(JdbcTemplate jdbc, IncompleteEventPublications incomplete) {
        this.jdbc = jdbc;
        this.incomplete = incomplete;
    }

    @GetMapping
    @Operation(summary = "Event publications whose listener has not completed, oldest first (at most 500)")
    List<IncompletePublication> incomplete() {
        return jdbc.query(
                """
                select id, event_type, listener_id, publication_date, status, completion_attempts, last_resubmission_date
                from event_publication where completion_date is null order by publication_date limit 500""",
                (rs, n) -> new IncompletePublication(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getString(3),
                        instant(rs.getObject(4, OffsetDateTime.class)),
                        rs.getString(5),
                        (Integer) rs.getObject(6),
                        instant(rs.getObject(7, OffsetDateTime.class))));
    }

    @PostMapping("/resubmit")
    @Operation(summary = "Re-publishes every incomplete event publication to its listener now")
    Resubmitted resubmit() {
        int before = count();
        incomplete.resubmitIncompletePublications(publication -> true);
        return new Resubmitted(before, count());
    }

    private int count() {
        Integer n = jdbc.queryForObject(
                "select count(*) from event_publication where completion_date is null", Integer.class);
        return n == null ? 0 : n;
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
