package cn.batterycarbon.verification.domain;

import cn.batterycarbon.declaration.CalculationSnapshot;
import cn.batterycarbon.declaration.DeclarationView;
import cn.batterycarbon.declaration.LineData;
import cn.batterycarbon.verification.AssuranceLevel;
import cn.batterycarbon.verification.DataQualityMeasures;
import cn.batterycarbon.verification.Finding;
import cn.batterycarbon.verification.FindingSeverity;
import cn.batterycarbon.verification.Submission;
import cn.batterycarbon.verification.VerificationStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The verification records, with plain JDBC: frozen submissions and data-quality versions are
 * insert-only (database triggers refuse updates), assignments and statements are written once,
 * findings get one answer.
 */
@Repository
public class VerificationRecords {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    VerificationRecords(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    // ---- data-quality measures ----

    public Optional<DataQualityMeasures> currentMeasures(UUID organizationId) {
        return jdbc.sql(
                        "select * from data_quality_measures where organization_id = ? order by version_no desc limit 1")
                .param(organizationId)
                .query((rs, i) -> measures(rs))
                .optional();
    }

    public Optional<DataQualityMeasures> measures(UUID id) {
        return jdbc.sql("select * from data_quality_measures where id = ?")
                .param(id)
                .query((rs, i) -> measures(rs))
                .optional();
    }

    public List<DataQualityMeasures> measuresHistory(UUID organizationId) {
        return jdbc.sql("select * from data_quality_measures where organization_id = ? order by version_no desc")
                .param(organizationId)
                .query((rs, i) -> measures(rs))
                .list();
    }

    public void insertMeasures(DataQualityMeasures m) {
        jdbc.sql("insert into data_quality_measures (id, organization_id, version_no, data_sources, metering,"
                        + " responsibilities, checks, record_keeping, fingerprint, created_at, created_by)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        m.id(),
                        m.organizationId(),
                        m.version(),
                        m.dataSources(),
                        m.metering(),
                        m.responsibilities(),
                        m.checks(),
                        m.recordKeeping(),
                        m.fingerprint(),
                        Timestamp.from(m.createdAt()),
                        m.createdBy())
                .update();
    }

    public void insertAttachment(UUID measuresId, DataQualityMeasures.Attachment a, byte[] content) {
        jdbc.sql("insert into data_quality_attachment (id, measures_id, file_name, content_type, size_bytes, sha256,"
                        + " content) values (?, ?, ?, ?, ?, ?, ?)")
                .params(a.id(), measuresId, a.fileName(), a.contentType(), a.sizeBytes(), a.sha256(), content)
                .update();
    }

    /** Content of an attachment with the organization owning it. */
    public record AttachmentContent(UUID organizationId, String fileName, String contentType, byte[] content) {}

    public Optional<AttachmentContent> attachment(UUID id) {
        return jdbc.sql(
                        "select m.organization_id, a.file_name, a.content_type, a.content from data_quality_attachment a"
                                + " join data_quality_measures m on m.id = a.measures_id where a.id = ?")
                .param(id)
                .query((rs, i) -> new AttachmentContent(
                        rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getBytes(4)))
                .optional();
    }

    public byte[] attachmentContent(UUID id) {
        return jdbc.sql("select content from data_quality_attachment where id = ?")
                .param(id)
                .query((rs, i) -> rs.getBytes(1))
                .single();
    }

    private List<DataQualityMeasures.Attachment> attachments(UUID measuresId) {
        return jdbc.sql("select id, file_name, content_type, size_bytes, sha256 from data_quality_attachment"
                        + " where measures_id = ? order by file_name")
                .param(measuresId)
                .query((rs, i) -> new DataQualityMeasures.Attachment(
                        rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getString(5)))
                .list();
    }

    private DataQualityMeasures measures(ResultSet rs) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        return new DataQualityMeasures(
                id,
                rs.getObject("organization_id", UUID.class),
                rs.getInt("version_no"),
                rs.getString("data_sources"),
                rs.getString("metering"),
                rs.getString("responsibilities"),
                rs.getString("checks"),
                rs.getString("record_keeping"),
                rs.getString("fingerprint"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getString("created_by"),
                attachments(id));
    }

    // ---- submissions ----

    public void insertSubmission(Submission s, String declarationJson, String linesJson, String calculationJson) {
        jdbc.sql("insert into verification_submission (id, declaration_id, revision, organization_id, agency_id,"
                        + " submitted_at, submitted_by, declaration_json, lines_json, calculation_json, calculation_id,"
                        + " calculation_fingerprint, measures_id, measures_fingerprint, evidence_json,"
                        + " evidence_fingerprint, package_fingerprint)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        s.id(),
                        s.declarationId(),
                        s.revision(),
                        s.organizationId(),
                        s.agencyId(),
                        Timestamp.from(s.submittedAt()),
                        s.submittedBy(),
                        declarationJson,
                        linesJson,
                        calculationJson,
                        s.calculationId(),
                        s.calculationFingerprint(),
                        s.measuresId(),
                        s.measuresFingerprint(),
                        json.writeValueAsString(s.evidence()),
                        s.evidenceFingerprint(),
                        s.packageFingerprint())
                .update();
    }

    /** Every submission of the declaration, latest revision first. */
    public List<Submission> submissions(UUID declarationId) {
        return jdbc.sql("select * from verification_submission where declaration_id = ? order by revision desc")
                .param(declarationId)
                .query((rs, i) -> submission(rs))
                .list();
    }

    public Optional<Submission> submission(UUID declarationId, int revision) {
        return jdbc.sql("select * from verification_submission where declaration_id = ? and revision = ?")
                .params(declarationId, revision)
                .query((rs, i) -> submission(rs))
                .optional();
    }

    /** The stored calculation JSON exactly as fingerprinted. */
    public String calculationJson(UUID declarationId, int revision) {
        return jdbc.sql(
                        "select calculation_json from verification_submission where declaration_id = ? and revision = ?")
                .params(declarationId, revision)
                .query(String.class)
                .single();
    }

    private Submission submission(ResultSet rs) throws SQLException {
        return new Submission(
                rs.getObject("id", UUID.class),
                rs.getObject("declaration_id", UUID.class),
                rs.getInt("revision"),
                rs.getObject("organization_id", UUID.class),
                rs.getObject("agency_id", UUID.class),
                rs.getTimestamp("submitted_at").toInstant(),
                rs.getString("submitted_by"),
                json.readValue(rs.getString("declaration_json"), DeclarationView.class),
                json.readValue(rs.getString("lines_json"), new TypeReference<List<LineData>>() {}),
                json.readValue(rs.getString("calculation_json"), CalculationSnapshot.class),
                rs.getObject("calculation_id", UUID.class),
                rs.getString("calculation_fingerprint"),
                rs.getObject("measures_id", UUID.class),
                rs.getString("measures_fingerprint"),
                json.readValue(rs.getString("evidence_json"), new TypeReference<List<Submission.EvidenceItem>>() {}),
                rs.getString("evidence_fingerprint"),
                rs.getString("package_fingerprint"));
    }

    // ---- assignments ----

    public boolean assign(UUID declarationId, UUID userId, String by) {
        return jdbc.sql("insert into verification_assignment (declaration_id, user_id, assigned_at, assigned_by)"
                                + " values (?, ?, now(), ?) on conflict do nothing")
                        .params(declarationId, userId, by)
                        .update()
                > 0;
    }

    public List<UUID> assignees(UUID declarationId) {
        return jdbc.sql("select user_id from verification_assignment where declaration_id = ? order by assigned_at")
                .param(declarationId)
                .query(UUID.class)
                .list();
    }

    public boolean isAssigned(UUID declarationId, UUID userId) {
        return jdbc.sql("select count(*) from verification_assignment where declaration_id = ? and user_id = ?")
                        .params(declarationId, userId)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    public List<UUID> assignedDeclarations(UUID userId) {
        return jdbc.sql("select declaration_id from verification_assignment where user_id = ?")
                .param(userId)
                .query(UUID.class)
                .list();
    }

    // ---- findings ----

    public void insertFinding(Finding f) {
        Instant now = f.raisedAt();
        jdbc.sql("insert into verification_finding (id, created_at, created_by, updated_at, updated_by, declaration_id,"
                        + " revision, line_index, line_label, severity, text, requested_correction, due_date)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        f.id(),
                        Timestamp.from(now),
                        f.raisedBy(),
                        Timestamp.from(now),
                        f.raisedBy(),
                        f.declarationId(),
                        f.revision(),
                        f.lineIndex(),
                        f.lineLabel(),
                        f.severity().name(),
                        f.text(),
                        f.requestedCorrection(),
                        f.dueDate())
                .update();
    }

    /** Records the answer unless the finding has one already; false if it had. */
    public boolean answer(UUID findingId, String response, String by) {
        return jdbc.sql("update verification_finding set response = ?, responded_at = now(), responded_by = ?,"
                                + " updated_at = now(), updated_by = ?, version = version + 1"
                                + " where id = ? and response is null")
                        .params(response, by, by, findingId)
                        .update()
                > 0;
    }

    public Optional<Finding> finding(UUID id) {
        return jdbc.sql("select * from verification_finding where id = ?")
                .param(id)
                .query((rs, i) -> finding(rs))
                .optional();
    }

    /** All findings of the declaration, latest revision first, then in the order raised. */
    public List<Finding> findings(UUID declarationId) {
        return jdbc.sql(
                        "select * from verification_finding where declaration_id = ? order by revision desc, created_at")
                .param(declarationId)
                .query((rs, i) -> finding(rs))
                .list();
    }

    private static Finding finding(ResultSet rs) throws SQLException {
        Timestamp responded = rs.getTimestamp("responded_at");
        return new Finding(
                rs.getObject("id", UUID.class),
                rs.getObject("declaration_id", UUID.class),
                rs.getInt("revision"),
                (Integer) rs.getObject("line_index"),
                rs.getString("line_label"),
                FindingSeverity.valueOf(rs.getString("severity")),
                rs.getString("text"),
                rs.getString("requested_correction"),
                rs.getObject("due_date", LocalDate.class),
                rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getString("response"),
                responded == null ? null : responded.toInstant(),
                rs.getString("responded_by"));
    }

    // ---- statements ----

    public void insertStatement(VerificationStatement s, String by) {
        jdbc.sql(
                        "insert into verification_statement (id, declaration_id, revision, scope, materiality, assurance_level,"
                                + " standard, conclusion, verifier_name, approved_at, approved_by)"
                                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        s.id(),
                        s.declarationId(),
                        s.revision(),
                        s.scope(),
                        s.materiality(),
                        s.assuranceLevel().name(),
                        s.standard(),
                        s.conclusion(),
                        s.verifierName(),
                        Timestamp.from(s.approvedAt()),
                        by)
                .update();
    }

    public List<VerificationStatement> statements(UUID declarationId) {
        List<VerificationStatement> result = new ArrayList<>();
        jdbc.sql("select * from verification_statement where declaration_id = ? order by revision desc")
                .param(declarationId)
                .query(rs -> {
                    result.add(new VerificationStatement(
                            rs.getObject("id", UUID.class),
                            rs.getObject("declaration_id", UUID.class),
                            rs.getInt("revision"),
                            rs.getString("scope"),
                            rs.getString("materiality"),
                            AssuranceLevel.valueOf(rs.getString("assurance_level")),
                            rs.getString("standard"),
                            rs.getString("conclusion"),
                            rs.getString("verifier_name"),
                            rs.getTimestamp("approved_at").toInstant()));
                });
        return result;
    }
}
