package cn.batterycarbon.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.batterycarbon.audit.core.AuditRecord;
import cn.batterycarbon.audit.core.ChainHash;
import cn.batterycarbon.audit.core.ChainVerifier;
import cn.batterycarbon.audit.core.ChainVerifier.Problem;
import cn.batterycarbon.declaration.TestManufacturers;
import cn.batterycarbon.factor.Province;
import cn.batterycarbon.organization.application.OrganizationAdministration;
import cn.batterycarbon.platform.events.AuditableEvent;
import cn.batterycarbon.platform.security.PlatformUser;
import cn.batterycarbon.product.PlantView;
import cn.batterycarbon.product.ProductCatalog;
import cn.batterycarbon.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit trail: entries are written in the transaction of the change (a failure before the
 * commit leaves neither), carry actor, request id and client address but no secret, the database
 * refuses to change them, 16 concurrent writers keep the chain intact, and the verification
 * reports every kind of tampering by a database superuser who bypasses the triggers (each
 * tampering happens in a transaction that is rolled back afterwards, so the shared database stays
 * intact for other tests). Timelines are visible only to those who may see the object.
 */
@IntegrationTest
class AuditIntegrationTests {

    /** A test event for the concurrency test. */
    record Probe(UUID objectId, int writer, int n) implements AuditableEvent {
        public String action() {
            return "test.probe";
        }

        public String objectType() {
            return "TEST";
        }

        public UUID tenantId() {
            return null;
        }

        public Map<String, Change> changes() {
            return Map.of("n", Change.created(n), "writer", Change.created(writer));
        }
    }

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    ProductCatalog products;

    @Autowired
    OrganizationAdministration administration;

    @Autowired
    UserDetailsService users;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    AuditTrail trail;

    @Autowired
    Checkpoints checkpoints;

    @Autowired
    MockMvc mvc;

    @Test
    void aFailureAfterTheChangeAndBeforeTheCommitLeavesNeitherChangeNorEntry() {
        PlatformUser maker = TestManufacturers.register(administration, users).user();
        AtomicReference<PlantView> created = new AtomicReference<>();
        assertThatThrownBy(() -> transactions.executeWithoutResult(tx -> {
                    created.set(products.createPlant(maker, "回滚测试工厂", "常州", Province.JIANGSU));
                    assertThat(entriesAbout(created.get().id())).isEqualTo(1);
                    throw new IllegalStateException("injected failure before commit");
                }))
                .hasMessageContaining("injected failure");
        UUID plant = created.get().id();
        assertThat(jdbc.queryForObject("select count(*) from plant where id = ?", Integer.class, plant))
                .isZero();
        assertThat(entriesAbout(plant)).isZero();

        PlantView kept = products.createPlant(maker, "提交测试工厂", "常州", Province.JIANGSU);
        assertThat(entriesAbout(kept.id())).isEqualTo(1);
    }

    @Test
    void anEntryNamesActorRequestAndClientButNoSecret() throws Exception {
        PlatformUser maker = TestManufacturers.register(administration, users).user();
        String requestId = "test-" + UUID.randomUUID();
        String body = mvc.perform(post("/api/v1/tokens")
                        .with(user(maker))
                        .with(csrf())
                        .header("X-Request-Id", requestId)
                        .contentType("application/json")
                        .content("{\"name\":\"audit\",\"validDays\":1}"))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        Map<String, Object> entry = jdbc.queryForMap("select * from audit_entry where request_id = ?", requestId);
        assertThat(entry.get("action")).isEqualTo("token.issued");
        assertThat(entry.get("actor_type")).isEqualTo("USER");
        assertThat(entry.get("actor_name")).isEqualTo(maker.getUsername());
        assertThat(entry.get("actor_id")).isEqualTo(maker.userId());
        assertThat(entry.get("actor_roles")).isEqualTo("MANUFACTURER");
        assertThat(entry.get("tenant_id")).isEqualTo(maker.organizationId());
        assertThat(entry.get("client_address")).isEqualTo("127.0.0.1");
        String secret = body.replaceAll(".*\"(bcf_[^\"]+)\".*", "$1");
        assertThat(secret).startsWith("bcf_");
        assertThat((String) entry.get("changes")).contains("audit").doesNotContain(secret);
    }

    @Test
    void theDatabaseRefusesToChangeTheLog() {
        assertThatThrownBy(() -> jdbc.update("update audit_entry set action = 'x' where seq = 1"))
                .isInstanceOf(DataAccessException.class)
                .hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from audit_entry where seq = 1"))
                .isInstanceOf(DataAccessException.class)
                .hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> jdbc.execute("truncate audit_entry"))
                .isInstanceOf(DataAccessException.class)
                .hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> jdbc.execute("truncate audit_entry_default"))
                .isInstanceOf(DataAccessException.class)
                .hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> jdbc.execute("truncate audit_checkpoint"))
                .isInstanceOf(DataAccessException.class)
                .hasStackTraceContaining("append-only");
    }

    @Test
    void sixteenConcurrentWritersKeepTheChainIntact() throws Exception {
        long before = head();
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Callable<Void>> writers = new ArrayList<>();
            for (int w = 0; w < 16; w++) {
                int writer = w;
                writers.add(() -> {
                    for (int n = 0; n < 25; n++) {
                        int i = n;
                        transactions.executeWithoutResult(
                                tx -> events.publishEvent(new Probe(UUID.randomUUID(), writer, i)));
                    }
                    return null;
                });
            }
            for (Future<Void> done : pool.invokeAll(writers)) {
                done.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(head()).isEqualTo(before + 400);
        assertThat(jdbc.queryForObject(
                        "select count(distinct seq) from audit_entry where seq > ? and seq <= ?",
                        Integer.class,
                        before,
                        before + 400))
                .isEqualTo(400);
        AuditTrail.Verification verification = trail.verify();
        assertThat(verification.result().intact())
                .as("%s", verification.result().finding())
                .isTrue();
    }

    @Test
    void changingAFieldIsReportedAsAHashMismatch() {
        long seq = someEntry();
        ChainVerifier.Result result = tampered("update audit_entry set actor_name = 'mallory' where seq = " + seq);
        assertThat(result.finding().problem()).isEqualTo(Problem.HASH_MISMATCH);
        assertThat(result.finding().seq()).isEqualTo(seq);
    }

    @Test
    void deletingAnEntryIsReportedAsAGap() {
        long seq = someEntry();
        ChainVerifier.Result result = tampered("delete from audit_entry where seq = " + seq);
        assertThat(result.finding().problem()).isEqualTo(Problem.SEQUENCE_GAP);
        assertThat(result.finding().seq()).isEqualTo(seq);
    }

    @Test
    void aForgedEntryIsReported() {
        long seq = someEntry();
        AuditRecord real = record(seq);
        // a forged entry slipped in after a real one, chained to it with a correct hash of its own
        AuditRecord forged = new AuditRecord(
                seq + 1,
                real.occurredAt().plusMillis(1),
                "USER",
                null,
                "mallory",
                null,
                null,
                "declaration.submitted",
                "DECLARATION",
                UUID.randomUUID(),
                null,
                "{}",
                null,
                null,
                real.hash(),
                null);
        String hash = new ChainHash().hash(forged);
        ChainVerifier.Result result = tampered(
                "update audit_entry set seq = seq + 1 where seq > " + seq,
                "insert into audit_entry (seq, occurred_at, actor_type, actor_name, action, object_type, object_id, changes, prev_hash, hash) values ("
                        + (seq + 1) + ", '" + forged.occurredAt() + "', 'USER', 'mallory', "
                        + "'declaration.submitted', 'DECLARATION', '" + forged.objectId() + "', '{}', '"
                        + real.hash() + "', '" + hash + "')");
        assertThat(result.finding().seq()).isBetween(seq + 1, seq + 2);
        assertThat(result.finding().problem()).isIn(Problem.HASH_MISMATCH, Problem.PREVIOUS_HASH_MISMATCH);
    }

    @Test
    void aConsistentlyRewrittenChainIsCaughtByTheCheckpoint() {
        long seq = someEntry();
        checkpoints.checkpoint();
        long checkpointSeq = jdbc.queryForObject("select max(last_seq) from audit_checkpoint", Long.class);
        ChainVerifier.Result result = transactions.execute(tx -> {
            jdbc.execute("set local session_replication_role = replica");
            jdbc.update("update audit_entry set actor_name = 'mallory' where seq = ?", seq);
            // recompute every hash from there on, as an attacker with the database would
            String previous = record(seq - 1) == null
                    ? ChainHash.GENESIS
                    : record(seq - 1).hash();
            ChainHash hashes = new ChainHash();
            List<AuditRecord> rest = jdbc.query(
                    "select * from audit_entry where seq >= ? order by seq", (rs, n) -> AuditTrail.record(rs), seq);
            for (AuditRecord r : rest) {
                AuditRecord rechained = new AuditRecord(
                        r.seq(),
                        r.occurredAt(),
                        r.actorType(),
                        r.actorId(),
                        r.actorName(),
                        r.actorOrganizationId(),
                        r.actorRoles(),
                        r.action(),
                        r.objectType(),
                        r.objectId(),
                        r.tenantId(),
                        r.changes(),
                        r.requestId(),
                        r.clientAddress(),
                        previous,
                        null);
                String hash = hashes.hash(rechained);
                jdbc.update("update audit_entry set prev_hash = ?, hash = ? where seq = ?", previous, hash, r.seq());
                previous = hash;
            }
            jdbc.update("update audit_head set last_hash = ? where id", previous);
            ChainVerifier.Result verdict = trail.verify().result();
            tx.setRollbackOnly();
            return verdict;
        });
        assertThat(result.finding().problem()).isEqualTo(Problem.CHECKPOINT_MISMATCH);
        assertThat(result.finding().seq()).isEqualTo(checkpointSeq);
        assertThat(trail.verify().result().intact()).isTrue();
    }

    @Test
    void aTimelineIsVisibleOnlyToThoseWhoMaySeeTheObject() throws Exception {
        PlatformUser maker = TestManufacturers.register(administration, users).user();
        PlatformUser other = TestManufacturers.register(administration, users).user();
        PlantView plant = products.createPlant(maker, "时间线工厂", "常州", Province.JIANGSU);
        mvc.perform(get("/api/v1/audit/timeline")
                        .param("objectType", "PLANT")
                        .param("objectId", plant.id().toString())
                        .with(user(maker)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].action").value("plant.created"));
        mvc.perform(get("/api/v1/audit/timeline")
                        .param("objectType", "PLANT")
                        .param("objectId", plant.id().toString())
                        .with(user(other)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/audit/timeline")
                        .param("objectType", "PLANT")
                        .param("objectId", plant.id().toString())
                        .with(user(users.loadUserByUsername("regulator"))))
                .andExpect(status().isOk());
    }

    /** An event whose object type a spreadsheet would run as a formula (for the export test). */
    record FormulaLike(UUID objectId) implements AuditableEvent {
        public String action() {
            return "test.formula";
        }

        public String objectType() {
            return "=HYPERLINK(\"http://x\")";
        }

        public UUID tenantId() {
            return null;
        }
    }

    @Test
    void theCsvExportGoesThroughThePlatformWriterWithBomAndNeutralizedCells() throws Exception {
        UUID id = UUID.randomUUID();
        transactions.executeWithoutResult(tx -> events.publishEvent(new FormulaLike(id)));
        var started = mvc.perform(get("/api/v1/audit/export")
                        .param("format", "csv")
                        .param("objectType", new FormulaLike(id).objectType())
                        .with(user(users.loadUserByUsername("admin"))))
                .andExpect(request().asyncStarted())
                .andReturn();
        var response = mvc.perform(asyncDispatch(started))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();
        assertThat(response.getContentType()).startsWith("text/csv");
        assertThat(response.getHeader("Content-Disposition")).contains("audit-log.csv");
        byte[] bytes = response.getContentAsByteArray();
        String text = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFseq,occurred_at,");
        assertThat(text)
                .contains(id.toString())
                .contains(",test.formula,\"'=HYPERLINK(")
                .doesNotContain(",=HYPERLINK");
    }

    @Test
    void adminsVerifyTheChainThroughTheApi() throws Exception {
        mvc.perform(post("/api/v1/audit/verification")
                        .with(user(users.loadUserByUsername("admin")))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.intact").value(true))
                .andExpect(jsonPath("$.tookMillis").isNumber());
    }

    private ChainVerifier.Result tampered(String... statements) {
        ChainVerifier.Result result = transactions.execute(tx -> {
            jdbc.execute("set local session_replication_role = replica");
            for (String statement : statements) {
                jdbc.execute(statement);
            }
            ChainVerifier.Result verdict = trail.verify().result();
            tx.setRollbackOnly();
            return verdict;
        });
        assertThat(result.intact()).isFalse();
        return result;
    }

    private long someEntry() {
        PlatformUser maker = TestManufacturers.register(administration, users).user();
        PlantView plant = products.createPlant(maker, "篡改测试工厂", "常州", Province.JIANGSU);
        products.createPlant(maker, "篡改测试工厂二", "常州", Province.JIANGSU);
        return jdbc.queryForObject("select seq from audit_entry where object_id = ?", Long.class, plant.id());
    }

    private AuditRecord record(long seq) {
        List<AuditRecord> found =
                jdbc.query("select * from audit_entry where seq = ?", (rs, n) -> AuditTrail.record(rs), seq);
        return found.isEmpty() ? null : found.get(0);
    }

    private long head() {
        return jdbc.queryForObject("select last_seq from audit_head where id", Long.class);
    }

    private int entriesAbout(UUID objectId) {
        return jdbc.queryForObject("select count(*) from audit_entry where object_id = ?", Integer.class, objectId);
    }
}
