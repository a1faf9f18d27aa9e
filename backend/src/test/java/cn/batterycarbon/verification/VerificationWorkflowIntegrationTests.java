package cn.batterycarbon.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.batterycarbon.certificate.CertificateService;
import cn.batterycarbon.declaration.CalculationRecord;
import cn.batterycarbon.declaration.CalculationRecords;
import cn.batterycarbon.declaration.DeclarationCalculations;
import cn.batterycarbon.declaration.DeclarationService;
import cn.batterycarbon.declaration.DeclarationStatus;
import cn.batterycarbon.declaration.DeclarationView;
import cn.batterycarbon.declaration.DeclarationWorkflow;
import cn.batterycarbon.declaration.LineData;
import cn.batterycarbon.organization.application.OrganizationAdministration;
import cn.batterycarbon.platform.domain.DomainException;
import cn.batterycarbon.platform.security.PlatformUser;
import cn.batterycarbon.platform.web.NotFoundException;
import cn.batterycarbon.product.ProductCatalog;
import cn.batterycarbon.support.IntegrationTest;
import cn.batterycarbon.verification.VerificationFixture.Maker;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The verification workflow through the services and pages: submission freezes a fingerprinted
 * package, the lead assigns, only assigned verifiers (and leads, and regulators read-only) see the
 * declaration, findings and answers, return for correction with the changes of the next
 * submission, approval with a statement, illegal transitions refused with a message, and two
 * verifiers approving at once giving exactly one certificate.
 */
@IntegrationTest
class VerificationWorkflowIntegrationTests {

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
    DeclarationWorkflow workflow;

    @Autowired
    VerificationService verification;

    @Autowired
    CertificateService certificates;

    @Autowired
    CalculationRecords calculationRecords;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MockMvc mvc;

    VerificationFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new VerificationFixture(administration, users, products, declarations, calculations, verification);
    }

    @Test
    void submissionFreezesAFingerprintedPackageAndLocksTheDeclaration() {
        Maker maker = fixture.calculatedDeclaration();
        Submission submission = verification.submit(maker.declarationId(), fixture.agencyId(), maker.user());

        assertThat(submission.revision()).isEqualTo(1);
        assertThat(submission.calculationFingerprint()).hasSize(64);
        // the package names the declaration's immutable calculation record by id and fingerprint
        CalculationRecord record =
                calculationRecords.latestOf(maker.declarationId()).orElseThrow();
        assertThat(submission.calculationId()).isEqualTo(record.id());
        assertThat(submission.calculationFingerprint()).isEqualTo(record.fingerprint());
        assertThat(verification.calculationJson(maker.declarationId(), 1)).isEqualTo(record.resultJson());
        assertThat(submission.packageFingerprint()).hasSize(64).isNotEqualTo(submission.calculationFingerprint());
        assertThat(submission.lines()).hasSize(18);
        assertThat(submission.evidence())
                .anyMatch(
                        e -> e.kind().equals("MEASURES_ATTACHMENT") && e.name().equals("计量器具清单.csv"));
        assertThat(workflow.declaration(maker.declarationId()).status()).isEqualTo(DeclarationStatus.SUBMITTED);
        // locked: no edits, no recalculation
        assertThatThrownBy(() -> calculations.calculate(maker.declarationId(), maker.user(), false))
                .isInstanceOf(DomainException.class)
                .extracting("messageKey")
                .isEqualTo("declaration.locked");
        // the frozen rows cannot be changed, not even in the database
        assertThatThrownBy(() -> jdbc.update(
                        "update verification_submission set calculation_fingerprint = ? where id = ?",
                        "0".repeat(64),
                        submission.id()))
                .hasMessageContaining("immutable");
    }

    @Test
    void submissionNeedsAnAgencyAndDataQualityMeasures() {
        Maker maker = fixture.calculatedDeclaration();
        assertThatThrownBy(() ->
                        verification.submit(maker.declarationId(), maker.user().organizationId(), maker.user()))
                .extracting("messageKey")
                .isEqualTo("verification.agency.unknown");
        // another manufacturer cannot submit it: not found
        Maker other = fixture.calculatedDeclaration();
        assertThatThrownBy(() -> verification.submit(maker.declarationId(), fixture.agencyId(), other.user()))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void onlyAssignedVerifiersLeadsOwnerAndRegulatorsSeeTheDeclaration() {
        Maker maker = fixture.calculatedDeclaration();
        verification.submit(maker.declarationId(), fixture.agencyId(), maker.user());
        // before assignment the verifier does not see it, the lead does
        assertThatThrownBy(() -> verification.access(maker.declarationId(), fixture.auditor()))
                .isInstanceOf(NotFoundException.class);
        assertThat(verification.access(maker.declarationId(), fixture.lead()).lead())
                .isTrue();
        // a verifier cannot assign, the lead can
        assertThatThrownBy(() -> verification.assign(
                        maker.declarationId(), fixture.auditor().userId(), fixture.auditor()))
                .isInstanceOf(NotFoundException.class);
        verification.assign(maker.declarationId(), fixture.auditor().userId(), fixture.lead());
        assertThat(verification.access(maker.declarationId(), fixture.auditor()).assigned())
                .isTrue();
        assertThat(workflow.declaration(maker.declarationId()).status())
                .isEqualTo(DeclarationStatus.UNDER_VERIFICATION);
        // regulators read it; another manufacturer, a supplier: not found
        PlatformUser regulator = fixture.user("regulator");
        assertThat(verification.access(maker.declarationId(), regulator).regulator())
                .isTrue();
        assertThat(verification.worklist(regulator)).anyMatch(d -> d.id().equals(maker.declarationId()));
        Maker other = fixture.calculatedDeclaration();
        assertThatThrownBy(() -> verification.access(maker.declarationId(), other.user()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> verification.access(maker.declarationId(), fixture.user("supplier")))
                .isInstanceOf(NotFoundException.class);
        // a regulator cannot decide
        assertThatThrownBy(() -> verification.approve(maker.declarationId(), fixture.statement(), regulator))
                .isInstanceOf(DomainException.class)
                .extracting("messageKey")
                .isEqualTo("declaration.transition.notAgency");
    }

    /** 17.4: the functional-unit method's justification is required before submission. */
    @Test
    void aDeclarationWithoutTheMethodsJustificationIsNotSubmitted() {
        Maker maker = fixture.calculatedDeclaration();
        DeclarationView current = declarations.declaration(maker.declarationId(), maker.user());
        declarations.update(
                current.id(),
                current.version(),
                maker.user(),
                new DeclarationService.DeclarationCommand(
                        current.model().id(),
                        current.plant().id(),
                        current.periodStart(),
                        current.periodEnd(),
                        current.productionVolume(),
                        current.functionalUnitMethod(),
                        current.electricityRule(),
                        "  "));
        calculations.calculate(current.id(), maker.user(), false);

        assertThatThrownBy(() -> verification.submit(maker.declarationId(), fixture.agencyId(), maker.user()))
                .extracting("messageKey")
                .isEqualTo("declaration.submit.noJustification");
        assertThat(workflow.declaration(maker.declarationId()).status()).isEqualTo(DeclarationStatus.CALCULATED);
    }

    @Test
    void illegalTransitionsAreRefusedWithAMessage() {
        Maker maker = fixture.calculatedDeclaration();
        verification.submit(maker.declarationId(), fixture.agencyId(), maker.user());
        // not under verification yet
        assertThatThrownBy(() -> verification.approve(maker.declarationId(), fixture.statement(), fixture.lead()))
                .extracting("messageKey")
                .isEqualTo("declaration.transition.approve");
        assertThatThrownBy(() -> verification.returnForCorrection(maker.declarationId(), fixture.lead()))
                .extracting("messageKey")
                .isEqualTo("declaration.transition.return");
        // submitting twice
        assertThatThrownBy(() -> verification.submit(maker.declarationId(), fixture.agencyId(), maker.user()))
                .extracting("messageKey")
                .isEqualTo("declaration.submit.notCalculated");
        verification.assign(maker.declarationId(), fixture.auditor().userId(), fixture.lead());
        // the manufacturer cannot approve its own declaration
        assertThatThrownBy(() -> verification.approve(maker.declarationId(), fixture.statement(), maker.user()))
                .extracting("messageKey")
                .isEqualTo("declaration.transition.notAgency");
        // an unanswered major finding blocks approval
        verification.raiseFinding(
                maker.declarationId(),
                new VerificationService.NewFinding(
                        3,
                        FindingSeverity.MAJOR,
                        "电耗缺少计量证据",
                        "请提供电表读数",
                        LocalDate.now().plusDays(7)),
                fixture.auditor());
        assertThatThrownBy(() -> verification.approve(maker.declarationId(), fixture.statement(), fixture.auditor()))
                .extracting("messageKey")
                .isEqualTo("verification.approve.openFindings");
        assertThat(workflow.declaration(maker.declarationId()).status())
                .isEqualTo(DeclarationStatus.UNDER_VERIFICATION);
    }

    @Test
    void returnForCorrectionStartsARevisionAndTheResubmissionShowsWhatChanged() {
        Maker maker = fixture.underVerification();
        Finding finding = verification.raiseFinding(
                maker.declarationId(),
                new VerificationService.NewFinding(
                        0,
                        FindingSeverity.MAJOR,
                        "数量与出库台账不符",
                        "按台账更正数量",
                        LocalDate.now().plusDays(7)),
                fixture.auditor());
        assertThat(finding.lineLabel()).startsWith("RawMaterialExtraction · ");
        verification.answer(finding.id(), "已按台账更正。", maker.user());
        assertThatThrownBy(() -> verification.answer(finding.id(), "again", maker.user()))
                .extracting("messageKey")
                .isEqualTo("verification.answer.already");

        DeclarationView returned = verification.returnForCorrection(maker.declarationId(), fixture.auditor());
        assertThat(returned.status()).isEqualTo(DeclarationStatus.RETURNED);
        assertThat(returned.revision()).isEqualTo(2);
        assertThat(returned.editable()).isTrue();

        // the manufacturer corrects the first line and recalculates
        var line = declarations.lines(maker.declarationId(), maker.user()).get(0);
        LineData data = line.line();
        LineData corrected = new LineData(
                data.stage(),
                data.category(),
                data.description(),
                data.quantity().add(java.math.BigDecimal.ONE),
                data.unit(),
                data.factorCode(),
                data.factorValue(),
                data.factorUnit(),
                data.factorSource(),
                data.factorCitation(),
                data.recycledShare(),
                data.origin(),
                data.electricitySupply(),
                data.certificateIds(),
                data.transportMode(),
                data.distanceKm(),
                data.massKg(),
                data.recyclingRoute());
        declarations.updateLine(maker.declarationId(), line.id(), maker.user(), corrected);
        calculations.calculate(maker.declarationId(), maker.user(), false);
        Submission second = verification.submit(maker.declarationId(), fixture.agencyId(), maker.user());

        assertThat(second.revision()).isEqualTo(2);
        // straight back to the verifiers already assigned
        assertThat(workflow.declaration(maker.declarationId()).status())
                .isEqualTo(DeclarationStatus.UNDER_VERIFICATION);
        Submission first = verification.submission(maker.declarationId(), 1).orElseThrow();
        List<PackageChange> changes = VerificationService.changes(first, second);
        assertThat(changes)
                .anyMatch(c -> c.kind().equals("CHANGED")
                        && c.field().equals("quantity")
                        && c.label()
                                .equals(first.lines().get(0).stage().batteryPassName() + " · "
                                        + first.lines().get(0).description()))
                .anyMatch(c -> c.kind().equals("SETTING") && c.label().equals("totalKgCo2ePerKwh"));
        assertThat(first.packageFingerprint()).isNotEqualTo(second.packageFingerprint());
    }

    @Test
    void twoVerifiersApprovingAtOnceGiveExactlyOneCertificate() throws Exception {
        Maker maker = fixture.underVerification();
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<String>> approvers = List.of(fixture.lead(), fixture.auditor()).stream()
                .<Callable<String>>map(approver -> () -> {
                    start.await();
                    try {
                        verification.approve(maker.declarationId(), fixture.statement(), approver);
                        return "approved";
                    } catch (DomainException e) {
                        return e.messageKey();
                    }
                })
                .toList();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<String>> results = new ArrayList<>();
        approvers.forEach(a -> results.add(pool.submit(a)));
        start.countDown();
        List<String> outcomes = new ArrayList<>();
        for (Future<String> result : results) {
            outcomes.add(result.get());
        }
        pool.shutdown();

        assertThat(outcomes).containsExactlyInAnyOrder("approved", "declaration.transition.approve");
        assertThat(jdbc.queryForObject(
                        "select count(*) from certificate where declaration_id = ?",
                        Integer.class,
                        maker.declarationId()))
                .isEqualTo(1);
        assertThat(workflow.declaration(maker.declarationId()).status()).isEqualTo(DeclarationStatus.CERTIFIED);
    }

    @Test
    void pagesShowTheDeclarationToThePartiesOnly() throws Exception {
        Maker maker = fixture.underVerification();
        mvc.perform(get("/verification/declarations/{id}", maker.declarationId())
                        .with(user(fixture.auditor())))
                .andExpect(status().isOk());
        mvc.perform(get("/verification/declarations/{id}", maker.declarationId())
                        .with(user(maker.user())))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/verification/declarations/{id}", maker.declarationId())
                        .with(user(fixture.user("regulator"))))
                .andExpect(status().isOk());
        Maker other = fixture.calculatedDeclaration();
        mvc.perform(get("/verification/declarations/{id}", maker.declarationId())
                        .with(user(other.user())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/verification/declarations/{id}", maker.declarationId())
                        .with(user(other.user())))
                .andExpect(status().isNotFound());
        mvc.perform(post("/verification/declarations/{id}/return", maker.declarationId())
                        .with(user(fixture.user("regulator")))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/declarations/{id}/submit", maker.declarationId()).with(user(other.user())))
                .andExpect(status().isNotFound());
    }
}
