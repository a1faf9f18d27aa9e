package cn.batterycarbon.supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.batterycarbon.declaration.ActivityLineView;
import cn.batterycarbon.declaration.CalculationSnapshot;
import cn.batterycarbon.declaration.DeclarationCalculations;
import cn.batterycarbon.declaration.DeclarationService;
import cn.batterycarbon.footprint.core.FactorSource;
import cn.batterycarbon.notification.Notifications;
import cn.batterycarbon.organization.application.OrganizationAdministration;
import cn.batterycarbon.platform.domain.DomainException;
import cn.batterycarbon.platform.security.OrganizationType;
import cn.batterycarbon.platform.security.PlatformUser;
import cn.batterycarbon.platform.security.Role;
import cn.batterycarbon.platform.web.FieldErrorsException;
import cn.batterycarbon.platform.web.NotFoundException;
import cn.batterycarbon.product.ProductCatalog;
import cn.batterycarbon.supplier.DataRequestService.NewRequest;
import cn.batterycarbon.supplier.SupplyChainFixture.Maker;
import cn.batterycarbon.supplier.SupplyChainFixture.Party;
import cn.batterycarbon.supplier.UpstreamRecordService.Upload;
import cn.batterycarbon.support.IntegrationTest;
import cn.batterycarbon.support.TestDatabaseInitializer;
import cn.batterycarbon.verification.DataQualityMeasures;
import cn.batterycarbon.verification.VerificationService;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * The supply chain end to end through the services and the web layer: a request from a BOM line,
 * an answer with evidence and restricted disclosure, acceptance into the line (supplier-specific,
 * higher primary-data share), a correction flagged on the declaration and taken in one click;
 * tenant isolation; every kind of bad input.
 */
@IntegrationTest
class SupplyChainIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    OrganizationAdministration administration;

    @Autowired
    ProductCatalog products;

    @Autowired
    DeclarationService declarations;

    @Autowired
    DeclarationCalculations calculations;

    @Autowired
    DataRequestService requests;

    @Autowired
    UpstreamRecordService records;

    @Autowired
    SupplyChainTrace trace;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Notifications notifications;

    @Autowired
    VerificationService verification;

    private NewRequest fromLine(Maker maker, Party supplier) {
        return new NewRequest(
                supplier.organization().getId(),
                maker.declaration().id(),
                maker.cathode().id(),
                "Aluminium pack casing",
                "6061-T6, 2.5 mm",
                new BigDecimal("50000"),
                "kg",
                LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 12, 31),
                LocalDate.now().plusWeeks(3),
                "请按 GB/T 24067 提供 2025 年数据");
    }

    @Test
    void requestAnswerAcceptCorrectTakesTheSupplierFigureIntoTheDeclaration() throws Exception {
        Maker maker = SupplyChainFixture.maker(administration, users, products, declarations);
        PlatformUser makerUser = maker.party().user();
        Party supplier = SupplyChainFixture.supplier(administration, users);
        Party stranger = SupplyChainFixture.supplier(administration, users);
        CalculationSnapshot before = calculations.calculate(maker.declaration().id(), makerUser, false);

        RequestView sent = requests.send(makerUser, fromLine(maker, supplier));
        assertThat(sent.status()).isEqualTo(RequestStatus.OPEN);
        assertThat(requests.received(supplier.user()))
                .extracting(RequestView::id)
                .contains(sent.id());
        assertThat(requests.received(stranger.user()))
                .extracting(RequestView::id)
                .doesNotContain(sent.id());
        assertThatThrownBy(() -> requests.request(sent.id(), stranger.user())).isInstanceOf(NotFoundException.class);
        // notifications are written by an asynchronous module listener after the commit
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .untilAsserted(
                        () -> assertThat(notifications.unread(supplier.user())).isPositive());

        requests.remind(sent.id(), makerUser);
        assertThat(requests.request(sent.id(), makerUser).reminderCount()).isEqualTo(1);

        // the supplier's own upstream record (its aluminium ingot) becomes part of the chain
        RecordView ingot = records.create(
                supplier.user(),
                SupplyChainFixture.record("Primary aluminium ingot", "7.2"),
                Disclosure.DEFAULT,
                List.of());
        RequestView answered = answerWithEvidenceAndUpstream(sent, supplier, ingot);
        assertThat(answered.status()).isEqualTo(RequestStatus.ANSWERED);
        UUID recordId = answered.answerRecordId();

        // what the manufacturer sees: total and stages, not the breakdown, the site nor upstream names
        RecordView seen = records.record(recordId, makerUser);
        assertThat(seen.owner()).isFalse();
        assertThat(seen.data().pcfKgCo2e()).isEqualByComparingTo("8.4");
        assertThat(seen.data().stageProductionKg()).isEqualByComparingTo("1.5");
        assertThat(seen.data().rawMaterialsKg()).isNull();
        assertThat(seen.data().batches()).isNull();
        assertThat(seen.hidden()).contains(RecordView.BREAKDOWN, RecordView.SITE, RecordView.UPSTREAM_NAMES);
        assertThat(seen.upstream()).singleElement().satisfies(u -> {
            assertThat(u.supplierName()).isNull();
            assertThat(u.productName()).isNull();
        });
        String api = get("/api/v1/supply-chain/records/" + recordId, makerUser).getContentAsString();
        assertThat(api)
                .doesNotContain("LOT-2025-07")
                .doesNotContain("Primary aluminium ingot")
                .contains("8.4");
        String page = get("/supply-chain/records/" + recordId, makerUser).getContentAsString();
        assertThat(page)
                .doesNotContain("LOT-2025-07")
                .doesNotContain("Primary aluminium ingot")
                .contains("LCA-report.pdf");
        // the supplier sees everything of its own record
        assertThat(records.record(recordId, supplier.user()).data().batches()).isEqualTo("LOT-2025-07");
        // the stranger sees nothing
        assertThat(get("/api/v1/supply-chain/records/" + recordId, stranger.user())
                        .getStatus())
                .isEqualTo(404);
        assertThat(get("/supply-chain/records/" + recordId, stranger.user()).getStatus())
                .isEqualTo(404);

        // evidence: downloadable by the manufacturer with its SHA-256, never by the stranger
        UUID fileId = seen.evidence().get(0).id();
        MockHttpServletResponse download = get("/supply-chain/evidence/" + fileId, makerUser);
        assertThat(download.getStatus()).isEqualTo(200);
        assertThat(download.getHeader("X-Content-SHA256"))
                .isEqualTo(seen.evidence().get(0).sha256());
        assertThat(get("/supply-chain/evidence/" + fileId, stranger.user()).getStatus())
                .isEqualTo(404);
        assertThat(get("/api/v1/supply-chain/evidence/" + fileId, stranger.user())
                        .getStatus())
                .isEqualTo(404);

        // acceptance: the line takes the supplier figure, provenance supplier-specific, share rises
        RequestView accepted = requests.accept(sent.id(), makerUser);
        assertThat(requests.recalculate(accepted, makerUser)).isTrue();
        ActivityLineView line = line(maker, makerUser);
        assertThat(line.line().factorSource()).isEqualTo(FactorSource.SUPPLIER_SPECIFIC);
        assertThat(line.line().factorValue()).isEqualByComparingTo("8.4");
        CalculationSnapshot after =
                declarations.declaration(maker.declaration().id(), makerUser).result();
        assertThat(after.primaryDataShare()).isGreaterThan(before.primaryDataShare());
        assertThat(after.lines())
                .anySatisfy(l -> assertThat(l.factorSource()).isEqualTo(FactorSource.SUPPLIER_SPECIFIC.name()));
        assertThat(records.record(recordId, supplier.user()).usedByDeclarations())
                .isEqualTo(1);

        // trace: material → supplier record → its upstream (anonymous), fingerprints included
        SupplyChainTrace.Trace tree = trace.trace(maker.declaration().id(), makerUser);
        assertThat(tree.nodes()).extracting(SupplyChainTrace.Node::depth).contains(0, 1, 2);
        assertThat(tree.nodes())
                .anySatisfy(n -> assertThat(n.fingerprints())
                        .contains(seen.evidence().get(0).sha256()));
        assertThat(tree.nodes().stream().filter(n -> n.depth() == 2)).allSatisfy(n -> {
            assertThat(n.supplierName()).isNull();
            assertThat(n.label()).isNull();
        });
        // verification status: none yet; once the declaration is certified the record and its
        // upstream chain count as verified (the state only, never which declaration)
        assertThat(tree.nodes().stream().filter(n -> n.depth() > 0))
                .allSatisfy(n -> assertThat(n.verification()).isEqualTo("supplier.verification.none"));
        String statusBefore = jdbc.queryForObject(
                "select status from declaration where id = ?",
                String.class,
                maker.declaration().id());
        jdbc.update(
                "update declaration set status = 'CERTIFIED' where id = ?",
                maker.declaration().id());
        try {
            assertThat(trace.trace(maker.declaration().id(), makerUser).nodes().stream()
                            .filter(n -> n.depth() > 0))
                    .isNotEmpty()
                    .allSatisfy(n -> assertThat(n.verification()).isEqualTo("supplier.verification.certified"));
        } finally {
            jdbc.update(
                    "update declaration set status = ? where id = ?",
                    statusBefore,
                    maker.declaration().id());
        }
        String csv = get("/supply-chain/declarations/" + maker.declaration().id() + "/trace.csv", makerUser)
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).contains("Aluminium pack casing 6061").doesNotContain("Primary aluminium ingot");
        assertThat(get("/supply-chain/declarations/" + maker.declaration().id() + "/trace.xlsx", makerUser)
                        .getStatus())
                .isEqualTo(200);
        // a supplier never sees any declaration
        assertThat(get("/supply-chain/declarations/" + maker.declaration().id() + "/trace", supplier.user())
                        .getStatus())
                .isEqualTo(403);

        // correction: a new version, the old kept; the declaration shows it and takes it in one click
        RecordView corrected = records.correct(
                recordId,
                supplier.user(),
                SupplyChainFixture.record("Aluminium pack casing 6061", "7.9"),
                "新电解铝合同电力",
                List.of());
        assertThat(corrected.revision()).isEqualTo(2);
        assertThat(records.record(recordId, supplier.user()).data().pcfKgCo2e()).isEqualByComparingTo("8.4");
        assertThat(records.record(recordId, supplier.user()).latest()).isFalse();
        String declarationPage =
                get("/declarations/" + maker.declaration().id(), makerUser).getContentAsString();
        assertThat(declarationPage)
                .contains("declaration-notices")
                .contains("/supply-chain/requests/" + sent.id() + "/take-correction");
        RequestView taken = requests.takeCorrection(sent.id(), makerUser);
        assertThat(requests.recalculate(taken, makerUser)).isTrue();
        assertThat(line(maker, makerUser).line().factorValue()).isEqualByComparingTo("7.9");
        assertThat(get("/declarations/" + maker.declaration().id(), makerUser).getContentAsString())
                .doesNotContain("declaration-notices");
    }

    @Test
    void requestAndRecordPagesShowTheirTimelinesToThoseWhoMaySeeThemOnly() throws Exception {
        Maker maker = SupplyChainFixture.maker(administration, users, products, declarations);
        PlatformUser makerUser = maker.party().user();
        Party supplier = SupplyChainFixture.supplier(administration, users);
        Party stranger = SupplyChainFixture.supplier(administration, users);
        RequestView sent = requests.send(makerUser, fromLine(maker, supplier));
        RequestView answered = requests.answer(
                sent.id(),
                supplier.user(),
                SupplyChainFixture.record("Aluminium pack casing 6061", "8.4"),
                Disclosure.DEFAULT,
                List.of(new Upload("LCA-report.pdf", SupplyChainFixture.pdf("casing LCA"))),
                List.of());
        UUID recordId = answered.answerRecordId();
        records.disclose(recordId, supplier.user(), Disclosure.EVERYTHING);

        // the request: the entries of both sides (requester and supplier are each the tenant of some)
        for (PlatformUser party : List.of(makerUser, supplier.user())) {
            String timeline = timeline("SUPPLIER_REQUEST", sent.id(), party)
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            assertThat(timeline)
                    .contains("\"supplier.request.sent\"", "\"supplier.request.answered\"")
                    .contains("Data request sent", "Supplier answered");
        }
        timeline("SUPPLIER_REQUEST", sent.id(), stranger.user()).andExpect(status().isNotFound());

        // the record: created, evidence, disclosure; seen by its supplier and the requester
        for (PlatformUser party : List.of(supplier.user(), makerUser)) {
            assertThat(timeline("UPSTREAM_RECORD", recordId, party)
                            .andExpect(status().isOk())
                            .andReturn()
                            .getResponse()
                            .getContentAsString())
                    .contains(
                            "\"supplier.record.created\"",
                            "\"supplier.record.evidenceAdded\"",
                            "\"supplier.record.disclosureChanged\"");
        }
        timeline("UPSTREAM_RECORD", recordId, stranger.user()).andExpect(status().isNotFound());

        // both pages carry the timeline of their own object
        assertThat(page("/supply-chain/requests/{id}", sent.id(), makerUser))
                .contains("data-audit-type=\"SUPPLIER_REQUEST\"", "data-audit-id=\"" + sent.id() + "\"");
        assertThat(page("/supply-chain/records/{id}", recordId, makerUser))
                .contains("data-audit-type=\"UPSTREAM_RECORD\"", "data-audit-id=\"" + recordId + "\"");
    }

    private org.springframework.test.web.servlet.ResultActions timeline(String type, UUID id, PlatformUser user)
            throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get("/api/v1/audit/timeline")
                .param("objectType", type)
                .param("objectId", id.toString())
                .header("Accept-Language", "en")
                .with(user(user)));
    }

    private String page(String path, UUID id, PlatformUser user) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(path, id).with(user(user)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void withdrawReopenDeclineAndRejectFollowTheStates() {
        Maker maker = SupplyChainFixture.maker(administration, users, products, declarations);
        Party supplier = SupplyChainFixture.supplier(administration, users);
        RequestView r = requests.send(maker.party().user(), fromLine(maker, supplier));
        assertThat(requests.withdraw(r.id(), maker.party().user()).status()).isEqualTo(RequestStatus.WITHDRAWN);
        assertThatThrownBy(() -> requests.remind(r.id(), maker.party().user())).isInstanceOf(DomainException.class);
        assertThat(requests.reopen(r.id(), maker.party().user()).status()).isEqualTo(RequestStatus.OPEN);
        assertThatThrownBy(() -> requests.decline(r.id(), supplier.user(), " "))
                .isInstanceOf(DomainException.class)
                .hasFieldOrPropertyWithValue("messageKey", "supplier.request.reasonRequired");
        assertThat(requests.decline(r.id(), supplier.user(), "该规格不由我司供应").status())
                .isEqualTo(RequestStatus.DECLINED);
        assertThat(requests.reopen(r.id(), maker.party().user()).status()).isEqualTo(RequestStatus.OPEN);
        requests.answer(
                r.id(),
                supplier.user(),
                SupplyChainFixture.record("Casing", "9"),
                Disclosure.DEFAULT,
                List.of(),
                List.of());
        assertThat(requests.reject(r.id(), maker.party().user(), "参考期不符").decisionReason())
                .isEqualTo("参考期不符");
        // only the requester decides, only the supplier answers
        assertThatThrownBy(() -> requests.accept(r.id(), supplier.user())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void badInputIsRefusedNamingTheProblemAndNothingIsWritten() {
        Party supplier = SupplyChainFixture.supplier(administration, users);
        PlatformUser user = supplier.user();
        int before = records.ownRecords(user).size();
        // the platform's one number rule: a decimal comma and misplaced grouping are refused, not guessed
        Map<String, String> refused = Map.of(
                "-1", "number.negative",
                "NaN", "number.notFinite",
                "Infinity", "number.notFinite",
                "8,2", "number.decimalComma",
                "12,34,567", "number.grouping");
        refused.forEach((text, key) -> assertThat(fieldErrors(() ->
                        records.create(user, SupplyChainFixture.record("X", text), Disclosure.DEFAULT, List.of())))
                .as(text)
                .contains("pcfKgCo2e:" + key));
        RecordInput unknownUnit = SupplyChainFixture.record("X", "1");
        unknownUnit = new RecordInput(
                unknownUnit.productName(),
                null,
                null,
                null,
                "furlong",
                "1",
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                "2025-01-01",
                "2025-12-31",
                "CN",
                null,
                null,
                "PACT",
                null);
        RecordInput finalUnknownUnit = unknownUnit;
        assertThat(fieldErrors(() -> records.create(user, finalUnknownUnit, Disclosure.DEFAULT, List.of())))
                .contains("declaredUnit:supplier.unit.unknown");
        // a text file named .pdf lies about its type; a PNG named .pdf too
        assertThatThrownBy(() -> records.create(
                        user,
                        SupplyChainFixture.record("X", "1"),
                        Disclosure.DEFAULT,
                        List.of(new Upload("report.pdf", "just text, not a PDF".getBytes()))))
                .isInstanceOf(DomainException.class)
                .hasFieldOrPropertyWithValue("messageKey", "supplier.evidence.type");
        byte[] png = {
            (byte) 0x89,
            'P',
            'N',
            'G',
            '\r',
            '\n',
            0x1a,
            '\n',
            0,
            0,
            0,
            13,
            'I',
            'H',
            'D',
            'R',
            0,
            0,
            0,
            1,
            0,
            0,
            0,
            1,
            8,
            2,
            0,
            0,
            0
        };
        assertThatThrownBy(() -> records.create(
                        user,
                        SupplyChainFixture.record("X", "1"),
                        Disclosure.DEFAULT,
                        List.of(new Upload("scan.pdf", png))))
                .isInstanceOf(DomainException.class)
                .hasFieldOrPropertyWithValue("messageKey", "supplier.evidence.mismatch");
        // oversize
        byte[] big = Arrays.copyOf(SupplyChainFixture.pdf("big"), (int) records.maxEvidenceBytes() + 1);
        assertThatThrownBy(() -> records.create(
                        user,
                        SupplyChainFixture.record("X", "1"),
                        Disclosure.DEFAULT,
                        List.of(new Upload("big.pdf", big))))
                .isInstanceOf(DomainException.class)
                .hasFieldOrPropertyWithValue("messageKey", "supplier.evidence.tooLarge");
        assertThat(records.ownRecords(user)).hasSize(before);

        // a cycle of upstream links is refused, naming both records
        RecordView a =
                records.create(user, SupplyChainFixture.record("Precursor A", "2"), Disclosure.DEFAULT, List.of());
        RecordView b = records.create(user, SupplyChainFixture.record("Cathode B", "5"), Disclosure.DEFAULT, List.of());
        RecordView c = records.create(user, SupplyChainFixture.record("Cell C", "9"), Disclosure.DEFAULT, List.of());
        records.linkUpstream(b.id(), user, a.id());
        records.linkUpstream(c.id(), user, b.id());
        assertThatThrownBy(() -> records.linkUpstream(a.id(), user, c.id()))
                .isInstanceOf(DomainException.class)
                .hasFieldOrPropertyWithValue("messageKey", "supplier.record.cycle");
        assertThatThrownBy(() -> records.linkUpstream(a.id(), user, a.id())).isInstanceOf(DomainException.class);
        // another supplier's record cannot be linked (not found)
        Party other = SupplyChainFixture.supplier(administration, users);
        RecordView foreign =
                records.create(other.user(), SupplyChainFixture.record("Foreign", "1"), Disclosure.DEFAULT, List.of());
        assertThatThrownBy(() -> records.linkUpstream(a.id(), user, foreign.id()))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void theApiNamesEveryBadFieldInTheCallersLanguage() throws Exception {
        Maker maker = SupplyChainFixture.maker(administration, users, products, declarations);
        Party supplier = SupplyChainFixture.supplier(administration, users);
        RequestView r = requests.send(maker.party().user(), fromLine(maker, supplier));
        String body = "{\"record\":{\"productName\":\"Casing\",\"declaredUnit\":\"furlong\",\"pcfKgCo2e\":\"-3\","
                + "\"periodStart\":\"2025-01-01\",\"periodEnd\":\"2025-12-31\",\"standard\":\"PACT\"}}";
        MockHttpServletResponse response = mvc.perform(
                        MockMvcRequestBuilders.post("/api/v1/supply-chain/requests/" + r.id() + "/answer")
                                .with(user(supplier.user()))
                                .with(csrf())
                                .header("Accept-Language", "en")
                                .contentType("application/json")
                                .content(body))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString())
                .contains("declaredUnit")
                .contains("furlong")
                .contains("pcfKgCo2e")
                .contains("\\\"-3\\\" must not be negative");
        assertThat(requests.request(r.id(), supplier.user()).status()).isEqualTo(RequestStatus.OPEN);
    }

    @Test
    void aTamperedEvidenceFileIsRefusedNamingIt() throws Exception {
        Party supplier = SupplyChainFixture.supplier(administration, users);
        RecordView record = records.create(
                supplier.user(),
                SupplyChainFixture.record("Tamper test", "1"),
                Disclosure.DEFAULT,
                List.of(new Upload("audit.pdf", SupplyChainFixture.pdf("original"))));
        UUID fileId = record.evidence().get(0).id();
        assertThat(records.download(fileId, supplier.user()).fileName()).isEqualTo("audit.pdf");
        try (var files = Files.walk(
                Path.of(TestDatabaseInitializer.EVIDENCE_DIRECTORY, record.id().toString()))) {
            Path stored = files.filter(Files::isRegularFile).findFirst().orElseThrow();
            Files.write(stored, SupplyChainFixture.pdf("forged"));
        }
        assertThatThrownBy(() -> records.download(fileId, supplier.user()))
                .isInstanceOf(DomainException.class)
                .hasFieldOrPropertyWithValue("messageKey", "supplier.evidence.tampered")
                .satisfies(e -> assertThat(((DomainException) e).arguments()).contains("audit.pdf"));
        MockHttpServletResponse page = get("/supply-chain/evidence/" + fileId, supplier.user());
        assertThat(page.getStatus()).isNotEqualTo(200);
        assertThat(page.getContentAsString()).contains("audit.pdf");
    }

    @Test
    void anotherOrganizationsIdsAreNotFoundOnEveryEndpoint() throws Exception {
        Maker maker = SupplyChainFixture.maker(administration, users, products, declarations);
        Party supplier = SupplyChainFixture.supplier(administration, users);
        RequestView r = requests.send(maker.party().user(), fromLine(maker, supplier));
        RecordView record = records.create(
                supplier.user(),
                SupplyChainFixture.record("Isolation", "1"),
                Disclosure.EVERYTHING,
                List.of(new Upload("a.pdf", SupplyChainFixture.pdf("a"))));
        UUID file = record.evidence().get(0).id();
        Party otherSupplier = SupplyChainFixture.supplier(administration, users);
        PlatformUser otherMaker = SupplyChainFixture.maker(administration, users, products, declarations)
                .party()
                .user();
        String[][] requestEndpoints = {
            {"GET", "/supply-chain/requests/{r}"},
            {"POST", "/supply-chain/requests/{r}/remind"},
            {"POST", "/supply-chain/requests/{r}/withdraw"},
            {"POST", "/supply-chain/requests/{r}/reopen"},
            {"POST", "/supply-chain/requests/{r}/accept"},
            {"POST", "/supply-chain/requests/{r}/reject"},
            {"POST", "/supply-chain/requests/{r}/take-correction"},
            {"POST", "/supply-chain/requests/{r}/decline"},
            {"POST", "/supply-chain/requests/{r}/answer"},
            {"GET", "/api/v1/supply-chain/requests/{r}"},
            {"POST", "/api/v1/supply-chain/requests/{r}/remind"},
            {"POST", "/api/v1/supply-chain/requests/{r}/withdraw"},
            {"POST", "/api/v1/supply-chain/requests/{r}/reopen"},
            {"POST", "/api/v1/supply-chain/requests/{r}/accept"},
            {"POST", "/api/v1/supply-chain/requests/{r}/reject"},
            {"POST", "/api/v1/supply-chain/requests/{r}/decline"},
            {"POST", "/api/v1/supply-chain/requests/{r}/answer"},
            {"GET", "/supply-chain/records/{c}"},
            {"POST", "/supply-chain/records/{c}/disclosure"},
            {"POST", "/supply-chain/records/{c}/evidence"},
            {"POST", "/supply-chain/records/{c}/upstream"},
            {"GET", "/supply-chain/records/{c}/correct"},
            {"POST", "/supply-chain/records/{c}/correct"},
            {"GET", "/api/v1/supply-chain/records/{c}"},
            {"PUT", "/api/v1/supply-chain/records/{c}/disclosure"},
            {"POST", "/api/v1/supply-chain/records/{c}/evidence"},
            {"POST", "/api/v1/supply-chain/records/{c}/upstream"},
            {"POST", "/api/v1/supply-chain/records/{c}/corrections"},
            {"GET", "/supply-chain/evidence/{f}"},
            {"GET", "/api/v1/supply-chain/evidence/{f}"},
            {"GET", "/supply-chain/declarations/{d}/trace"},
            {"GET", "/supply-chain/declarations/{d}/trace.csv"},
            {"GET", "/supply-chain/declarations/{d}/trace.xlsx"},
            {"GET", "/api/v1/supply-chain/declarations/{d}/trace"},
        };
        List<String> violations = new java.util.ArrayList<>();
        for (String[] e : requestEndpoints) {
            String path = e[1].replace("{r}", r.id().toString())
                    .replace("{c}", record.id().toString())
                    .replace("{f}", file.toString())
                    .replace("{d}", maker.declaration().id().toString());
            PlatformUser outsider = path.contains("/declarations/") ? otherMaker : otherSupplier.user();
            int status = perform(e[0], path, outsider).getStatus();
            if (status != 404) {
                violations.add(e[0] + " " + e[1] + ": " + status);
            }
        }
        assertThat(violations).isEmpty();
        // the parties themselves reach them
        assertThat(get("/supply-chain/requests/" + r.id(), supplier.user()).getStatus())
                .isEqualTo(200);
        assertThat(get("/supply-chain/requests/" + r.id(), maker.party().user()).getStatus())
                .isEqualTo(200);
        assertThat(get("/supply-chain/records/" + record.id(), supplier.user()).getStatus())
                .isEqualTo(200);
    }

    private MockHttpServletResponse perform(String method, String path, PlatformUser as) throws Exception {
        var builder = MockMvcRequestBuilders.request(org.springframework.http.HttpMethod.valueOf(method), path)
                .with(user(as))
                .with(csrf());
        if (path.startsWith("/api/") && !method.equals("GET")) {
            String body = path.endsWith("/upstream")
                    ? "{\"upstream\":\"" + UUID.randomUUID() + "\"}"
                    : path.endsWith("/disclosure")
                            ? "{\"breakdown\":true,\"stages\":true,\"upstreamNames\":true,\"site\":true,"
                                    + "\"evidence\":true,\"verifierFullAccess\":true}"
                            : "{}";
            builder.contentType("application/json").content(body);
        }
        return mvc.perform(builder).andReturn().getResponse();
    }

    /**
     * A verifier of the declaration sees the supplier records behind its lines: the assigned
     * verifier and the agency's lead; an unassigned verifier of the same agency, another agency and
     * other tenants get 404. Without {@code verifierFullAccess} the verifier sees what the
     * manufacturer sees; with it, the whole record.
     */
    @Test
    void theAssignedVerifierAndTheLeadSeeTheRecordsOthersGetNotFound() throws Exception {
        Maker maker = SupplyChainFixture.maker(administration, users, products, declarations);
        PlatformUser makerUser = maker.party().user();
        Party supplier = SupplyChainFixture.supplier(administration, users);
        RecordView ingot = records.create(
                supplier.user(),
                SupplyChainFixture.record("Primary aluminium ingot", "7.2"),
                Disclosure.DEFAULT,
                List.of());
        RequestView sent = requests.send(makerUser, fromLine(maker, supplier));
        UUID recordId = answerWithEvidenceAndUpstream(sent, supplier, ingot).answerRecordId();
        requests.recalculate(requests.accept(sent.id(), makerUser), makerUser);
        submitAndAssign(maker);

        PlatformUser lead = account("verifier");
        PlatformUser assigned = account("auditor");
        PlatformUser unassigned = verifierOf(lead.organizationId(), Role.VERIFIER);
        PlatformUser otherAgency = SupplyChainFixture.register(
                        administration, users, OrganizationType.VERIFICATION_AGENCY, Role.VERIFICATION_LEAD)
                .user();
        String base = "/verification/declarations/" + maker.declaration().id() + "/supply-chain";

        // the verifier's declaration page links to the supplier records
        assertThat(get("/verification/declarations/" + maker.declaration().id(), assigned)
                        .getContentAsString())
                .contains(base);
        for (PlatformUser verifier : List.of(assigned, lead)) {
            MockHttpServletResponse trace = get(base, verifier);
            assertThat(trace.getStatus()).isEqualTo(200);
            assertThat(trace.getContentAsString())
                    .contains("Aluminium pack casing 6061")
                    .contains(base + "/records/" + recordId);
            assertThat(get(base + "/records/" + recordId, verifier).getStatus()).isEqualTo(200);
        }
        for (PlatformUser outsider : List.of(unassigned, otherAgency)) {
            assertThat(get(base, outsider).getStatus())
                    .as(outsider.getUsername())
                    .isEqualTo(404);
            assertThat(get(base + "/records/" + recordId, outsider).getStatus()).isEqualTo(404);
        }
        // other tenants: the manufacturer and the supplier are not verifiers at all
        assertThat(get(base, makerUser).getStatus()).isEqualTo(403);
        assertThat(get(base + "/records/" + recordId, supplier.user()).getStatus())
                .isEqualTo(403);
        // a record the declaration does not use is not found, even for the assigned verifier
        RecordView unrelated = records.create(
                supplier.user(), SupplyChainFixture.record("Unrelated", "1"), Disclosure.EVERYTHING, List.of());
        assertThat(get(base + "/records/" + unrelated.id(), assigned).getStatus())
                .isEqualTo(404);

        // without verifier access the verifier sees what the manufacturer sees
        UUID declarationId = maker.declaration().id();
        RecordView limited = records.recordForVerifier(declarationId, recordId, assigned);
        assertThat(limited.owner()).isFalse();
        assertThat(limited.data().rawMaterialsKg()).isNull();
        assertThat(limited.data().batches()).isNull();
        assertThat(limited.hidden()).contains(RecordView.BREAKDOWN, RecordView.SITE);
        assertThat(get(base + "/records/" + recordId, assigned).getContentAsString())
                .doesNotContain("LOT-2025-07");
        UUID fileId = limited.evidence().get(0).id();
        MockHttpServletResponse evidence = get(base + "/evidence/" + fileId, assigned);
        assertThat(evidence.getStatus()).isEqualTo(200);
        assertThat(evidence.getHeader("X-Content-SHA256"))
                .isEqualTo(limited.evidence().get(0).sha256());
        assertThat(get(base + "/evidence/" + fileId, unassigned).getStatus()).isEqualTo(404);

        // the supplier grants verifiers full access: the verifier sees everything, the maker still not
        records.disclose(recordId, supplier.user(), new Disclosure(false, true, false, false, true, true));
        RecordView full = records.recordForVerifier(declarationId, recordId, lead);
        assertThat(full.hidden()).isEmpty();
        assertThat(full.data().rawMaterialsKg()).isEqualByComparingTo("6.0");
        assertThat(full.data().batches()).isEqualTo("LOT-2025-07");
        assertThat(full.upstream())
                .singleElement()
                .satisfies(u -> assertThat(u.productName()).isEqualTo("Primary aluminium ingot"));
        assertThat(get(base + "/records/" + recordId, assigned).getContentAsString())
                .contains("LOT-2025-07");
        assertThat(records.record(recordId, makerUser).data().batches()).isNull();
        // the upstream record keeps its own disclosure (no verifier access): reachable, names shown
        // only as the manufacturer would see them
        assertThat(get(base + "/records/" + ingot.id(), assigned).getStatus()).isEqualTo(200);
        assertThat(records.recordForVerifier(declarationId, ingot.id(), assigned)
                        .data()
                        .batches())
                .isNull();
    }

    private void submitAndAssign(Maker maker) {
        PlatformUser makerUser = maker.party().user();
        verification.reviseMeasures(
                makerUser, new DataQualityMeasures.Content("台账", "抄表", "能源管理部", "月度核对", "保存五年"), List.of());
        PlatformUser lead = account("verifier");
        verification.submit(maker.declaration().id(), lead.organizationId(), makerUser);
        verification.assign(maker.declaration().id(), account("auditor").userId(), lead);
    }

    private PlatformUser verifierOf(UUID agencyId, Role role) {
        String username = "vf"
                + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36)
                        .toLowerCase(Locale.ROOT);
        administration.createUser(new OrganizationAdministration.NewUser(
                agencyId,
                username,
                "核查员 " + username,
                username + "@example.com",
                Set.of(role),
                SupplyChainFixture.PASSWORD));
        return account(username);
    }

    private PlatformUser account(String username) {
        return (PlatformUser) users.loadUserByUsername(username);
    }

    /** The casing answer: evidence, the ingot upstream, total and stages disclosed, nothing more. */
    private RequestView answerWithEvidenceAndUpstream(RequestView sent, Party supplier, RecordView ingot) {
        return requests.answer(
                sent.id(),
                supplier.user(),
                SupplyChainFixture.record("Aluminium pack casing 6061", "8.4"),
                new Disclosure(false, true, false, false, true, false),
                List.of(new Upload("LCA-report.pdf", SupplyChainFixture.pdf("casing LCA"))),
                List.of(ingot.id()));
    }

    private MockHttpServletResponse get(String path, PlatformUser as) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(path).with(user(as)))
                .andReturn()
                .getResponse();
    }

    private ActivityLineView line(Maker maker, PlatformUser user) {
        return declarations.lines(maker.declaration().id(), user).stream()
                .filter(l -> l.id().equals(maker.cathode().id()))
                .findFirst()
                .orElseThrow();
    }

    private static List<String> fieldErrors(Runnable action) {
        try {
            action.run();
        } catch (FieldErrorsException e) {
            return e.errors().stream()
                    .map(f -> f.field() + ":" + f.messageKey())
                    .toList();
        }
        throw new AssertionError("no field errors");
    }
}
