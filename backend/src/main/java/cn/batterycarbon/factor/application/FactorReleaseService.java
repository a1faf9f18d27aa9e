package cn.batterycarbon.factor.application;

import cn.batterycarbon.factor.FactorEvents.FactorReleaseChanged;
import cn.batterycarbon.factor.FactorEvents.FactorReleasePublished;
import cn.batterycarbon.factor.FactorImportException;
import cn.batterycarbon.factor.core.FactorCategory;
import cn.batterycarbon.factor.core.FactorColumn;
import cn.batterycarbon.factor.core.FactorEntry;
import cn.batterycarbon.factor.core.FactorEntry.FactorKey;
import cn.batterycarbon.factor.core.FactorFiles;
import cn.batterycarbon.factor.core.FactorProblem;
import cn.batterycarbon.factor.core.FactorRowValidator;
import cn.batterycarbon.factor.core.ReleaseDiff;
import cn.batterycarbon.factor.domain.EmissionFactor;
import cn.batterycarbon.factor.domain.EmissionFactors;
import cn.batterycarbon.factor.domain.FactorRelease;
import cn.batterycarbon.factor.domain.FactorReleases;
import cn.batterycarbon.factor.domain.ReleaseStatus;
import cn.batterycarbon.factor.domain.ReviewComment;
import cn.batterycarbon.factor.domain.ReviewComments;
import cn.batterycarbon.platform.domain.DomainException;
import cn.batterycarbon.platform.events.AuditableEvent.Change;
import cn.batterycarbon.platform.events.Changes;
import cn.batterycarbon.platform.security.PlatformUser;
import cn.batterycarbon.platform.security.Role;
import cn.batterycarbon.platform.web.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everything stewards and experts do with releases: drafts, factor edits and file imports (all or
 * nothing), the review and publication, exports and the changes against the previous release.
 *
 * <p>Visibility: published releases are seen by every signed-in user; drafts and releases in
 * review only by stewards and reviewers of the research institute that owns them (others get 404).
 */
@Service
@Transactional(readOnly = true)
public class FactorReleaseService {

    private final FactorReleases releases;
    private final EmissionFactors factors;
    private final ReviewComments comments;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    FactorReleaseService(
            FactorReleases releases,
            EmissionFactors factors,
            ReviewComments comments,
            ApplicationEventPublisher events) {
        this.releases = releases;
        this.factors = factors;
        this.comments = comments;
        this.events = events;
        this.clock = Clock.systemUTC();
    }

    /** A new draft to create; {@code copyLatestPublished} starts it from the latest published release. */
    public record NewRelease(
            String code, String titleZh, String titleEn, String description, boolean copyLatestPublished) {}

    /** The platform's file limits (bcf.files.*); the defaults until the context sets them. */
    private cn.batterycarbon.platform.files.FileLimits fileLimits = cn.batterycarbon.platform.files.FileLimits.DEFAULT;

    @org.springframework.beans.factory.annotation.Autowired
    void useFileLimits(cn.batterycarbon.platform.files.FileLimits limits) {
        this.fileLimits = limits;
    }

    /** What an import did. */
    public record ImportReport(int added, int updated) implements java.io.Serializable {}

    // ---- reading ----------------------------------------------------------------------------

    public List<FactorRelease> visibleReleases(PlatformUser user) {
        List<FactorRelease> result = new ArrayList<>();
        if (isInstituteMember(user)) {
            result.addAll(releases.findByStatusNotAndOwnerOrganizationIdOrderByCreatedAtDesc(
                    ReleaseStatus.PUBLISHED, user.organizationId()));
        }
        result.addAll(releases.findByStatusOrderByPublishedAtDesc(ReleaseStatus.PUBLISHED));
        return result;
    }

    public List<FactorRelease> publishedReleases() {
        return releases.findByStatusOrderByPublishedAtDesc(ReleaseStatus.PUBLISHED);
    }

    public Optional<FactorRelease> latestPublished() {
        return releases.findFirstByStatusOrderByPublishedAtDesc(ReleaseStatus.PUBLISHED);
    }

    /** The release if the user may see it; otherwise (or when there is none) a 404. */
    public FactorRelease release(String code, PlatformUser user) {
        FactorRelease release =
                releases.findByCode(FactorRelease.normalizeCode(code)).orElseThrow(NotFoundException::new);
        if (!canSee(release, user)) {
            throw new NotFoundException();
        }
        return release;
    }

    public static boolean canSee(FactorRelease release, PlatformUser user) {
        return release.isPublished() || (isInstituteMember(user) && user.belongsTo(release.getOwnerOrganizationId()));
    }

    public List<EmissionFactor> factors(FactorRelease release) {
        return factors.findByReleaseIdOrderByCodeAscGeographyAscYearAsc(release.getId());
    }

    public EmissionFactor factor(FactorRelease release, UUID factorId) {
        return factors.findById(factorId)
                .filter(f -> f.getReleaseId().equals(release.getId()))
                .orElseThrow(NotFoundException::new);
    }

    public List<ReviewComment> comments(FactorRelease release) {
        return comments.findByReleaseIdOrderByCreatedAtAsc(release.getId());
    }

    /**
     * The release this one is compared with: for a published release the one published just before
     * it, for a draft or a release in review the latest published one (what it would follow).
     */
    public Optional<FactorRelease> previous(FactorRelease release) {
        if (release.isPublished()) {
            return releases.findFirstByStatusAndPublishedAtLessThanOrderByPublishedAtDesc(
                    ReleaseStatus.PUBLISHED, release.getPublishedAt());
        }
        return latestPublished();
    }

    public ReleaseDiff.Summary changes(FactorRelease release) {
        List<FactorEntry> before =
                previous(release).map(p -> activeEntries(p.getId())).orElse(List.of());
        return ReleaseDiff.between(before, activeEntries(release.getId()));
    }

    private List<FactorEntry> activeEntries(UUID releaseId) {
        return factors.findByReleaseIdAndRetiredFalse(releaseId).stream()
                .map(EmissionFactor::entry)
                .toList();
    }

    // ---- drafts and factors ----------------------------------------------------------------

    @Transactional
    public FactorRelease createDraft(NewRelease command, PlatformUser steward) {
        requireRole(steward, Role.FACTOR_STEWARD);
        String code = FactorRelease.normalizeCode(command.code());
        if (releases.existsByCode(code)) {
            throw new DomainException("factor.release.code.taken", code);
        }
        FactorRelease basedOn =
                command.copyLatestPublished() ? latestPublished().orElse(null) : null;
        FactorRelease draft = releases.save(FactorRelease.draft(
                code, command.titleZh(), command.titleEn(), command.description(), steward.organizationId(), basedOn));
        if (basedOn != null) {
            List<EmissionFactor> copies = factors.findByReleaseIdAndRetiredFalse(basedOn.getId()).stream()
                    .map(f -> new EmissionFactor(draft.getId(), f.entry()))
                    .toList();
            factors.saveAll(copies);
        }
        Map<String, Change> changes = new TreeMap<>();
        changes.put("code", Change.created(code));
        changes.put("titleZh", Change.created(command.titleZh()));
        changes.put("titleEn", Change.created(command.titleEn()));
        if (basedOn != null) {
            changes.put("basedOn", Change.created(basedOn.getCode()));
        }
        publish(FactorReleaseChanged.DRAFTED, draft, changes);
        return draft;
    }

    @Transactional
    public EmissionFactor addFactor(String releaseCode, FactorEntry entry, PlatformUser steward) {
        FactorRelease release = editable(releaseCode, steward);
        List<EmissionFactor> existing = factors(release);
        requireUnique(existing, entry.key(), null);
        requireConsistent(existing, entry, null, 0);
        EmissionFactor added = factors.save(new EmissionFactor(release.getId(), entry));
        publish(FactorReleaseChanged.FACTOR_ADDED, release, factorChanges(entry, Changes.created(entry)));
        return added;
    }

    @Transactional
    public EmissionFactor updateFactor(String releaseCode, UUID factorId, FactorEntry entry, PlatformUser steward) {
        return updateFactor(releaseCode, factorId, null, entry, steward);
    }

    /**
     * Replaces a factor of a draft when it still has the version the caller read (null: not checked,
     * for callers that hold the release lock throughout). The release row is locked, so of two
     * parallel writers with the same version the second sees the first's change and gets 409.
     */
    @Transactional
    public EmissionFactor updateFactor(
            String releaseCode, UUID factorId, Long expectedVersion, FactorEntry entry, PlatformUser steward) {
        FactorRelease release = editable(releaseCode, steward);
        EmissionFactor factor = factor(release, factorId);
        if (expectedVersion != null && expectedVersion != factor.getVersion()) {
            throw new OptimisticLockingFailureException(
                    "stale factor version " + expectedVersion + " != " + factor.getVersion());
        }
        List<EmissionFactor> existing = factors(release);
        requireUnique(existing, entry.key(), factorId);
        requireConsistent(existing, entry, factorId, 0);
        FactorEntry before = factor.entry();
        factor.update(entry);
        publish(FactorReleaseChanged.FACTOR_CHANGED, release, factorChanges(entry, Changes.between(before, entry)));
        return factor;
    }

    @Transactional
    public void retireFactor(String releaseCode, UUID factorId, PlatformUser steward) {
        FactorRelease release = editable(releaseCode, steward);
        EmissionFactor factor = factor(release, factorId);
        factor.retire();
        publish(
                FactorReleaseChanged.FACTOR_RETIRED,
                release,
                factorChanges(factor.entry(), Changes.of("retired", false, true)));
    }

    @Transactional
    public void restoreFactor(String releaseCode, UUID factorId, PlatformUser steward) {
        FactorRelease release = editable(releaseCode, steward);
        EmissionFactor factor = factor(release, factorId);
        factor.restore();
        publish(
                FactorReleaseChanged.FACTOR_RESTORED,
                release,
                factorChanges(factor.entry(), Changes.of("retired", true, false)));
    }

    /**
     * Imports a CSV or XLSX file into a draft: each row adds a factor, or replaces the draft's factor
     * with the same (code, geography, year). Every row is validated first; with any problem nothing
     * is written and the problems are thrown, each naming its row and column.
     */
    @Transactional
    public ImportReport importFile(String releaseCode, byte[] content, PlatformUser steward) {
        FactorRelease release = editable(releaseCode, steward);
        FactorFiles.ReadResult read = FactorFiles.read(content, fileLimits);
        if (!read.problems().isEmpty()) {
            throw new FactorImportException(read.problems());
        }
        List<FactorProblem> problems = new ArrayList<>();
        Map<FactorKey, Integer> rowOfKey = new HashMap<>();
        List<FactorEntry> entries = new ArrayList<>();
        List<Integer> rowNumbers = new ArrayList<>();
        for (FactorFiles.FileRow row : read.rows()) {
            FactorRowValidator.Result result = FactorRowValidator.validate(row.row(), row.cells());
            if (!result.valid()) {
                problems.addAll(result.problems());
                continue;
            }
            Integer earlier = rowOfKey.putIfAbsent(result.entry().key(), row.row());
            if (earlier != null) {
                problems.add(new FactorProblem(
                        row.row(),
                        FactorColumn.CODE,
                        "factor.problem.duplicateRow",
                        result.entry().key().toString(),
                        earlier));
                continue;
            }
            entries.add(result.entry());
            rowNumbers.add(row.row());
        }
        List<EmissionFactor> existing = factors(release);
        Map<FactorKey, EmissionFactor> byKey = new HashMap<>();
        existing.forEach(f -> byKey.put(f.key(), f));
        // the release as it would be after the import, to check that each code keeps one unit and category
        Map<FactorKey, FactorEntry> merged = new HashMap<>();
        existing.stream().filter(f -> !f.isRetired()).forEach(f -> merged.put(f.key(), f.entry()));
        for (FactorEntry entry : entries) {
            merged.put(entry.key(), entry);
        }
        // one pass over the release, then one look-up per row: linear in the rows (was rows × release)
        CodeConsistency consistency = new CodeConsistency(merged.values());
        for (int i = 0; i < entries.size(); i++) {
            problems.addAll(consistency.problems(entries.get(i), rowNumbers.get(i)));
        }
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparingInt(FactorProblem::row));
            throw new FactorImportException(problems);
        }
        int added = 0;
        int updated = 0;
        List<EmissionFactor> toSave = new ArrayList<>();
        for (FactorEntry entry : entries) {
            EmissionFactor current = byKey.get(entry.key());
            if (current == null) {
                toSave.add(new EmissionFactor(release.getId(), entry));
                added++;
            } else {
                current.update(entry);
                if (current.isRetired()) {
                    current.restore();
                }
                updated++;
            }
        }
        factors.saveAll(toSave);
        publish(
                FactorReleaseChanged.FACTORS_IMPORTED,
                release,
                Map.of("added", Change.created(added), "updated", Change.created(updated)));
        return new ImportReport(added, updated);
    }

    public byte[] export(FactorRelease release, FactorFiles.Format format) {
        List<Map<FactorColumn, String>> rows = factors(release).stream()
                .filter(f -> !f.isRetired())
                .map(f -> FactorFiles.cells(f.entry()))
                .toList();
        return format == FactorFiles.Format.XLSX
                ? FactorFiles.writeXlsx(rows, release.getCode())
                : FactorFiles.writeCsv(rows);
    }

    // ---- review ----------------------------------------------------------------------------

    @Transactional
    public FactorRelease submitForReview(String releaseCode, PlatformUser steward) {
        requireRole(steward, Role.FACTOR_STEWARD);
        FactorRelease release = locked(releaseCode, steward);
        ReleaseStatus before = release.getStatus();
        release.submitForReview(factors.countByReleaseIdAndRetiredFalse(release.getId()), steward.getUsername(), now());
        publish(FactorReleaseChanged.SUBMITTED, release, Changes.of("status", before, release.getStatus()));
        return release;
    }

    @Transactional
    public ReviewComment comment(String releaseCode, UUID factorId, String body, PlatformUser author) {
        if (!author.hasRole(Role.FACTOR_REVIEWER) && !author.hasRole(Role.FACTOR_STEWARD)) {
            throw new DomainException(
                    "factor.role.required",
                    new org.springframework.context.support.DefaultMessageSourceResolvable(
                            new String[] {"role." + Role.FACTOR_REVIEWER.name()}, Role.FACTOR_REVIEWER.name()));
        }
        FactorRelease release = locked(releaseCode, author);
        release.requireOpenForComments();
        if (body == null || body.isBlank()) {
            throw new DomainException("factor.comment.empty");
        }
        if (factorId != null) {
            factor(release, factorId);
        }
        ReviewComment saved = comments.save(
                new ReviewComment(release.getId(), factorId, ReviewComment.Kind.COMMENT, author.displayName(), body));
        publish(FactorReleaseChanged.COMMENTED, release, Map.of("comment", Change.created(body)));
        return saved;
    }

    /** An expert approves the release, which publishes it. */
    @Transactional
    public FactorRelease approve(String releaseCode, String note, PlatformUser reviewer) {
        requireRole(reviewer, Role.FACTOR_REVIEWER);
        FactorRelease release = locked(releaseCode, reviewer);
        // the comment is written first: once the release row says PUBLISHED the database takes no more rows
        release.requireOpenForComments();
        String body = note == null || note.isBlank() ? release.getCode() : note;
        comments.saveAndFlush(
                new ReviewComment(release.getId(), null, ReviewComment.Kind.APPROVED, reviewer.displayName(), body));
        ReleaseStatus before = release.getStatus();
        release.approve(reviewer.getUsername(), now());
        releases.flush();
        events.publishEvent(new FactorReleasePublished(
                release.getId(),
                release.getCode(),
                release.getOwnerOrganizationId(),
                Changes.of("status", before, release.getStatus())));
        return release;
    }

    @Transactional
    public FactorRelease sendBack(String releaseCode, String reason, PlatformUser reviewer) {
        requireRole(reviewer, Role.FACTOR_REVIEWER);
        FactorRelease release = locked(releaseCode, reviewer);
        ReleaseStatus before = release.getStatus();
        release.sendBack(reviewer.getUsername(), reason);
        Map<String, Change> changes = new TreeMap<>(Changes.of("status", before, release.getStatus()));
        changes.put("reason", Change.created(reason));
        publish(FactorReleaseChanged.SENT_BACK, release, changes);
        comments.save(
                new ReviewComment(release.getId(), null, ReviewComment.Kind.SENT_BACK, reviewer.displayName(), reason));
        return release;
    }

    // ---- helpers ---------------------------------------------------------------------------

    private void publish(String action, FactorRelease release, Map<String, Change> changes) {
        events.publishEvent(new FactorReleaseChanged(
                action, release.getId(), release.getCode(), release.getOwnerOrganizationId(), changes));
    }

    /** A factor edit's changes, named by the factor (code, geography, year) it concerns. */
    private static Map<String, Change> factorChanges(FactorEntry entry, Map<String, Change> fieldChanges) {
        Map<String, Change> changes = new TreeMap<>(fieldChanges);
        changes.put("factor", Change.of(entry.key().toString(), entry.key().toString()));
        return changes;
    }

    private FactorRelease editable(String releaseCode, PlatformUser steward) {
        requireRole(steward, Role.FACTOR_STEWARD);
        FactorRelease release = locked(releaseCode, steward);
        release.requireEditable();
        return release;
    }

    private FactorRelease locked(String releaseCode, PlatformUser user) {
        FactorRelease release =
                releases.lockByCode(FactorRelease.normalizeCode(releaseCode)).orElseThrow(NotFoundException::new);
        if (!canSee(release, user)) {
            throw new NotFoundException();
        }
        if (release.isPublished()) {
            throw new DomainException("factor.release.published", release.getCode());
        }
        return release;
    }

    private static void requireUnique(List<EmissionFactor> existing, FactorKey key, UUID except) {
        for (EmissionFactor factor : existing) {
            if (factor.key().equals(key) && !factor.getId().equals(except)) {
                throw new FactorImportException(List.of(
                        new FactorProblem(0, FactorColumn.CODE, "factor.problem.duplicateInRelease", key.toString())));
            }
        }
    }

    private static void requireConsistent(List<EmissionFactor> existing, FactorEntry entry, UUID except, int row) {
        List<FactorEntry> others = existing.stream()
                .filter(f -> !f.isRetired() && !f.getId().equals(except))
                .map(EmissionFactor::entry)
                .toList();
        List<FactorProblem> problems = consistencyProblems(others, entry, row);
        if (!problems.isEmpty()) {
            throw new FactorImportException(problems);
        }
    }

    /** Rows of one code must share unit and category, or a fallback could change a result's unit. */
    private static List<FactorProblem> consistencyProblems(
            java.util.Collection<FactorEntry> release, FactorEntry entry, int row) {
        List<FactorEntry> all = new ArrayList<>(release);
        all.add(entry);
        return new CodeConsistency(all).problems(entry, row);
    }

    /**
     * The units and categories each code has in a release. A row conflicts when another row of its
     * code has another unit (or, with the same unit, another category).
     */
    private static final class CodeConsistency {

        private final Map<String, java.util.LinkedHashSet<String>> units = new HashMap<>();
        private final Map<String, java.util.LinkedHashSet<FactorCategory>> categories = new HashMap<>();

        CodeConsistency(java.util.Collection<FactorEntry> release) {
            for (FactorEntry entry : release) {
                units.computeIfAbsent(entry.code(), c -> new java.util.LinkedHashSet<>())
                        .add(entry.unit());
                categories
                        .computeIfAbsent(entry.code(), c -> new java.util.LinkedHashSet<>())
                        .add(entry.category());
            }
        }

        List<FactorProblem> problems(FactorEntry entry, int row) {
            for (String unit : units.getOrDefault(entry.code(), new java.util.LinkedHashSet<>())) {
                if (!unit.equals(entry.unit())) {
                    return List.of(new FactorProblem(
                            row, FactorColumn.UNIT, "factor.problem.unitMismatch", entry.code(), unit));
                }
            }
            for (FactorCategory category : categories.getOrDefault(entry.code(), new java.util.LinkedHashSet<>())) {
                if (category != entry.category()) {
                    return List.of(new FactorProblem(
                            row,
                            FactorColumn.CATEGORY,
                            "factor.problem.categoryMismatch",
                            entry.code(),
                            category.name()));
                }
            }
            return List.of();
        }
    }

    private static void requireRole(PlatformUser user, Role role) {
        if (!user.hasRole(role)) {
            throw new DomainException(
                    "factor.role.required",
                    new org.springframework.context.support.DefaultMessageSourceResolvable(
                            new String[] {"role." + role.name()}, role.name()));
        }
    }

    private static boolean isInstituteMember(PlatformUser user) {
        return user.hasRole(Role.FACTOR_STEWARD) || user.hasRole(Role.FACTOR_REVIEWER);
    }

    private Instant now() {
        return clock.instant();
    }
}
