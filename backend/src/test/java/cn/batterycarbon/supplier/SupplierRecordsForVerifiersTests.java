package cn.batterycarbon.supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import cn.batterycarbon.declaration.DeclarationCalculations;
import cn.batterycarbon.declaration.DeclarationService;
import cn.batterycarbon.organization.application.OrganizationAdministration;
import cn.batterycarbon.platform.security.OrganizationType;
import cn.batterycarbon.platform.security.PlatformUser;
import cn.batterycarbon.platform.security.Role;
import cn.batterycarbon.product.ProductCatalog;
import cn.batterycarbon.supplier.DataRequestService.NewRequest;
import cn.batterycarbon.supplier.SupplyChainFixture.Maker;
import cn.batterycarbon.supplier.SupplyChainFixture.Party;
import cn.batterycarbon.supplier.UpstreamRecordService.Upload;
import cn.batterycarbon.support.IntegrationTest;
import cn.batterycarbon.verification.DataQualityMeasures;
import cn.batterycarbon.verification.VerificationService;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * A verifier of a declaration sees the supplier records behind its lines: the assigned verifier
 * and the agency's lead; an unassigned verifier of the same agency, another agency and other
 * tenants get 404. The supplier's disclosure holds: without {@code verifierFullAccess} the
 * verifier sees what the manufacturer sees; with it, the whole record.
 */
@IntegrationTest
class SupplierRecordsForVerifiersTests {

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
    VerificationService verification;

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
        RequestView sent = requests.send(makerUser, request(maker, supplier));
        UUID recordId = requests.answer(
                        sent.id(),
                        supplier.user(),
                        SupplyChainFixture.record("Aluminium pack casing 6061", "8.4"),
                        new Disclosure(false, true, false, false, true, false),
                        List.of(new Upload("LCA-report.pdf", SupplyChainFixture.pdf("casing LCA"))),
                        List.of(ingot.id()))
                .answerRecordId();
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

    private static NewRequest request(Maker maker, Party supplier) {
        return new NewRequest(
                supplier.organization().getId(),
                maker.declaration().id(),
                maker.cathode().id(),
                "Aluminium pack casing",
                "6061-T6",
                new BigDecimal("50000"),
                "kg",
                LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 12, 31),
                LocalDate.now().plusWeeks(3),
                null);
    }

    private PlatformUser account(String username) {
        return (PlatformUser) users.loadUserByUsername(username);
    }

    private MockHttpServletResponse get(String path, PlatformUser as) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(path).with(user(as)))
                .andReturn()
                .getResponse();
    }
}
