package cn.batterycarbon.declaration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.batterycarbon.organization.application.OrganizationAdministration;
import cn.batterycarbon.platform.events.AuditableEvent;
import cn.batterycarbon.platform.security.PlatformUser;
import cn.batterycarbon.product.ProductCatalog;
import cn.batterycarbon.support.IntegrationTest;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.erdtman.jcs.JsonCanonicalizer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 9.1: every calculation is its own immutable record with a fingerprint that can be
 * recomputed from the stored row alone; PostgreSQL refuses to change or remove records; the
 * declaration points at its latest calculation; the result page lists the records and shows what
 * changed between two; {@link DeclarationCalculated} is published.
 */
@IntegrationTest
@RecordApplicationEvents
class CalculationRecordsIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    DataSource dataSource;

    @Autowired
    OrganizationAdministration administration;

    @Autowired
    UserDetailsService users;

    @Autowired
    ProductCatalog products;

    @Autowired
    DeclarationService declarations;

    @Autowired
    DeclarationCalculations calculations;

    @Autowired
    CalculationRecords records;

    @Autowired
    ApplicationEvents events;

    private PlatformUser maker;

    private DeclarationView declaration;

    @BeforeEach
    void calculatedTwice() {
        maker = TestManufacturers.register(administration, users).user();
        declaration = TestDeclarations.lfp(products, declarations, maker);
        calculations.calculate(declaration.id(), maker, false);
        ActivityLineView first = declarations.lines(declaration.id(), maker).get(0);
        declarations.updateLine(
                declaration.id(), first.id(), maker, first.line().withQuantity(new BigDecimal("12.5")));
        calculations.calculate(declaration.id(), maker, false);
    }

    @Test
    void everyCalculationIsARecordAndTheDeclarationPointsAtTheLatest() {
        List<CalculationRecord> history = records.history(declaration.id(), maker);
        assertThat(history).extracting(CalculationRecord::sequence).containsExactly(2, 1);
        CalculationRecord latest = history.get(0);
        assertThat(declarations.declaration(declaration.id(), maker).calculationId())
                .isEqualTo(latest.id());
        assertThat(records.find(latest.id())).contains(latest);
        assertThat(records.latestOf(declaration.id()).orElseThrow().id()).isEqualTo(latest.id());
        assertThat(latest.calculatedBy()).isEqualTo(maker.getUsername());
        assertThat(latest.inputs().factorRelease()).isEqualTo(declaration.factorReleaseCode());
        assertThat(latest.inputs().lines()).hasSize(18);
        // Worked example 1 uses company- and supplier-specific factors only: no background values.
        assertThat(latest.inputs().factorsUsed()).isEmpty();
        assertThat(latest.inputs().model().modelCode()).startsWith("LFP-60");
        assertThat(latest.inputs().plant().geography()).isEqualTo("CN-JS");
        assertThat(history.get(1).fingerprint()).isNotEqualTo(latest.fingerprint());

        // A change makes the declaration a draft again; the records stay.
        ActivityLineView line = declarations.lines(declaration.id(), maker).get(1);
        declarations.deleteLine(declaration.id(), line.id(), maker);
        DeclarationView draft = declarations.declaration(declaration.id(), maker);
        assertThat(draft.result()).isNull();
        assertThat(draft.calculationId()).isNull();
        assertThat(records.history(declaration.id(), maker)).hasSize(2);
    }

    @Test
    void theFingerprintIsReproducibleFromTheStoredRowAlone() throws Exception {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet rows =
                        s.executeQuery("select inputs_json, result_json, fingerprint from declaration_calculation"
                                + " where declaration_id = '" + declaration.id() + "' order by sequence")) {
            int n = 0;
            String canonicalLatest = null;
            while (rows.next()) {
                n++;
                String document = "{\"inputs\":" + rows.getString(1) + ",\"result\":" + rows.getString(2) + "}";
                // Independently of the application code: RFC 8785 canonical form, SHA-256, hex.
                byte[] canonical = new JsonCanonicalizer(document).getEncodedUTF8();
                String expected = HexFormat.of()
                        .formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
                assertThat(rows.getString(3)).isEqualTo(expected);
                canonicalLatest = new String(canonical, StandardCharsets.UTF_8);
            }
            assertThat(n).isEqualTo(2);
            // Decimals are strings, so canonicalization keeps every digit.
            assertThat(canonicalLatest).contains("\"quantity\":\"12.5\"");
        }
        for (CalculationRecord record : records.history(declaration.id(), maker)) {
            assertThat(record.intact()).isTrue();
        }
    }

    @Test
    void postgresqlRefusesToChangeOrRemoveARecord() throws Exception {
        UUID id = records.latestOf(declaration.id()).orElseThrow().id();
        for (String sql : List.of(
                "update declaration_calculation set result_json = '{}' where id = '" + id + "'",
                "update declaration_calculation set fingerprint = repeat('0', 64) where id = '" + id + "'",
                "delete from declaration_calculation where id = '" + id + "'",
                "truncate declaration_calculation cascade")) {
            try (Connection c = dataSource.getConnection();
                    Statement s = c.createStatement()) {
                assertThatThrownBy(() -> s.execute(sql))
                        .as(sql)
                        .isInstanceOf(java.sql.SQLException.class)
                        .hasMessageContaining("immutable");
            }
        }
        assertThat(records.find(id).orElseThrow().intact()).isTrue();
    }

    @Test
    void eachCalculationPublishesDeclarationCalculated() {
        List<DeclarationCalculated> published = events.stream(DeclarationCalculated.class)
                .filter(e -> e.declarationId().equals(declaration.id()))
                .toList();
        assertThat(published).hasSize(2);
        CalculationRecord latest = records.latestOf(declaration.id()).orElseThrow();
        DeclarationCalculated last = published.get(1);
        assertThat(last.calculationId()).isEqualTo(latest.id());
        assertThat(last.sequence()).isEqualTo(2);
        assertThat(last.fingerprint()).isEqualTo(latest.fingerprint());
        assertThat(last.organizationId()).isEqualTo(maker.organizationId());
        assertThat(last.action()).isEqualTo("declaration.calculated");
        assertThat(last.changes()).containsKey("fingerprint");
        assertThat((AuditableEvent) last).isNotNull();
    }

    @Test
    void theResultPageListsTheRecordsAndShowsWhatChangedBetweenTwo() throws Exception {
        CalculationRecord latest = records.latestOf(declaration.id()).orElseThrow();
        String result = mvc.perform(get("/declarations/{id}/result", declaration.id())
                        .with(user(maker))
                        .header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(result).contains("calculation-1", "calculation-2", latest.shortFingerprint());

        String changes = mvc.perform(get("/declarations/{id}/calculations/compare", declaration.id())
                        .param("from", "1")
                        .param("to", "2")
                        .with(user(maker)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(changes).contains("line-changes", "12.5", latest.fingerprint());

        JsonNode api = json.readTree(mvc.perform(get("/api/v1/declarations/{id}/calculations/changes", declaration.id())
                        .param("from", "1")
                        .param("to", "2")
                        .with(user(maker)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(api.get("linesAdded")).hasSize(1);
        assertThat(api.get("linesRemoved")).hasSize(1);

        JsonNode list = json.readTree(mvc.perform(get("/api/v1/declarations/{id}/calculations", declaration.id())
                        .with(user(maker)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(list.get(0).get("sequence").asInt()).isEqualTo(2);
        JsonNode one = json.readTree(mvc.perform(get("/api/v1/declarations/{id}/calculations/1", declaration.id())
                        .with(user(maker)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(CalculationFingerprint.of(
                        one.get("inputsJson").asString(), one.get("resultJson").asString()))
                .isEqualTo(one.get("fingerprint").asString());
        assertThat(Map.of("x", 1)).isNotEmpty();
    }
}
