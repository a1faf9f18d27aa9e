package cn.batterycarbon.certificate.demo;

import cn.batterycarbon.certificate.CertificateService;
import cn.batterycarbon.declaration.DeclarationCalculations;
import cn.batterycarbon.declaration.DeclarationService;
import cn.batterycarbon.declaration.DeclarationService.DeclarationCommand;
import cn.batterycarbon.declaration.DeclarationView;
import cn.batterycarbon.declaration.DeclarationWorkflow;
import cn.batterycarbon.declaration.FunctionalUnitMethod;
import cn.batterycarbon.footprint.core.ElectricityRule;
import cn.batterycarbon.platform.demo.DemoDataSettings;
import cn.batterycarbon.platform.security.PlatformUser;
import cn.batterycarbon.product.BatteryModelView;
import cn.batterycarbon.product.PlantView;
import cn.batterycarbon.product.ProductCatalog;
import cn.batterycarbon.verification.AssuranceLevel;
import cn.batterycarbon.verification.DataQualityMeasures;
import cn.batterycarbon.verification.Finding;
import cn.batterycarbon.verification.FindingSeverity;
import cn.batterycarbon.verification.VerificationService;
import cn.batterycarbon.verification.VerificationService.NewFinding;
import cn.batterycarbon.verification.VerificationStatement;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Demo verification data for the {@code maker} organization, created through the same services a
 * user drives: data-quality measures, and four declarations of the demo LFP pack at the demo
 * agency — certified, revoked (by the regulator), returned for correction, and under verification
 * (assigned to {@code auditor}). Runs once: skipped when the maker has any declaration at an agency.
 */
@Component
@Order(260)
class DemoVerification implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoVerification.class);
    private static final String SEED = "db/seed/declaration/lfp-worked-example.csv";

    private final DemoDataSettings settings;
    private final UserDetailsService users;
    private final ProductCatalog products;
    private final DeclarationService declarations;
    private final DeclarationCalculations calculations;
    private final DeclarationWorkflow workflow;
    private final VerificationService verification;
    private final CertificateService certificates;

    DemoVerification(
            DemoDataSettings settings,
            UserDetailsService users,
            ProductCatalog products,
            DeclarationService declarations,
            DeclarationCalculations calculations,
            DeclarationWorkflow workflow,
            VerificationService verification,
            CertificateService certificates) {
        this.settings = settings;
        this.users = users;
        this.products = products;
        this.declarations = declarations;
        this.calculations = calculations;
        this.workflow = workflow;
        this.verification = verification;
        this.certificates = certificates;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!settings.enabled()) {
            return;
        }
        Optional<PlatformUser> maker = user("maker");
        Optional<PlatformUser> lead = user("verifier");
        Optional<PlatformUser> auditor = user("auditor");
        Optional<PlatformUser> regulator = user("regulator");
        if (maker.isEmpty() || lead.isEmpty() || auditor.isEmpty() || regulator.isEmpty()) {
            return;
        }
        PlatformUser m = maker.get();
        if (workflow.ofOrganization(m.organizationId()).stream().anyMatch(d -> d.verificationAgencyId() != null)) {
            return;
        }
        Optional<BatteryModelView> model = products.models(m).stream().findFirst();
        Optional<PlantView> plant = products.plants(m).stream().findFirst();
        if (model.isEmpty() || plant.isEmpty()) {
            return;
        }
        if (verification.currentMeasures(m).isEmpty()) {
            verification.reviseMeasures(
                    m,
                    new DataQualityMeasures.Content(
                            "厂区总电能表及各工序分表（0.5S 级，年度检定）；天然气流量计；ERP 物料出入库台账；供应商碳足迹声明",
                            "电耗按月抄表，与供电公司电费结算单核对；物料消耗按批次出库量统计",
                            "能源管理部负责数据采集，质量部负责复核，碳管理专员负责计算与申报",
                            "月度交叉核对计量读数与发票，偏差超过 2% 时追溯原因；年度内部审核",
                            "原始记录与计算文件保存不少于五年，电子档案异地备份"),
                    List.of(new DataQualityMeasures.NewAttachment(
                            "计量器具清单.csv",
                            "text/csv",
                            "器具,编号,准确度等级,检定日期\n总电能表,E-001,0.5S,2025-03-01\n天然气流量计,G-001,1.0,2025-04-10\n"
                                    .getBytes(StandardCharsets.UTF_8))));
        }
        UUID agency = lead.get().organizationId();
        VerificationStatement.Content statement = new VerificationStatement.Content(
                "型号 " + model.get().modelCode() + " 电池包全生命周期四个阶段（原材料获取、主要生产、分销、回收）的碳足迹",
                "总碳足迹的 5%",
                AssuranceLevel.REASONABLE,
                "ISO 14067:2018；ISO 14064-3:2019",
                "经核查，申报的碳足迹在所有重大方面公允反映了该型号电池在报告期内的碳足迹，数据质量控制措施有效。");

        // certified, with one finding answered
        UUID certified = calculated(m, model.get(), plant.get(), LocalDate.of(2024, 1, 1), LocalDate.of(2024, 6, 30));
        verification.submit(certified, agency, m);
        verification.assign(certified, auditor.get().userId(), lead.get());
        Finding finding = verification.raiseFinding(
                certified,
                new NewFinding(
                        null,
                        FindingSeverity.MINOR,
                        "运输距离取自合同约定，未附实际运单。",
                        "补充两份代表性运单作为证据。",
                        LocalDate.now().plusDays(14)),
                auditor.get());
        verification.answer(finding.id(), "已补充 2024 年 3 月和 5 月的运单，并存入证据档案。", m);
        verification.approve(certified, statement, auditor.get());

        // certified, then revoked by the regulator
        UUID revoked = calculated(m, model.get(), plant.get(), LocalDate.of(2024, 7, 1), LocalDate.of(2024, 12, 31));
        verification.submit(revoked, agency, m);
        verification.assign(revoked, auditor.get().userId(), lead.get());
        verification.approve(revoked, statement, lead.get());
        certificates
                .latestOf(revoked, regulator.get())
                .ifPresent(c -> certificates.revoke(c.serial(), "抽查发现电耗计量数据与电网结算数据不一致，证书撤销。", regulator.get()));

        // returned for correction
        UUID returned = calculated(m, model.get(), plant.get(), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31));
        verification.submit(returned, agency, m);
        verification.assign(returned, auditor.get().userId(), lead.get());
        verification.raiseFinding(
                returned,
                new NewFinding(
                        9,
                        FindingSeverity.MAJOR,
                        "主要生产阶段电耗缺少分表读数支持。",
                        "提供电芯车间分表月度读数并更正电耗。",
                        LocalDate.now().plusDays(10)),
                auditor.get());
        verification.returnForCorrection(returned, auditor.get());

        // under verification, assigned to the auditor, one finding open
        UUID under = calculated(m, model.get(), plant.get(), LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 30));
        verification.submit(under, agency, m);
        verification.assign(under, auditor.get().userId(), lead.get());
        verification.raiseFinding(
                under,
                new NewFinding(
                        0,
                        FindingSeverity.OBSERVATION,
                        "正极材料采用行业平均因子，建议获取供应商实测数据。",
                        "下一报告期使用供应商碳足迹数据。",
                        LocalDate.now().plusDays(30)),
                auditor.get());
        log.info("Demo verification: certified, revoked, returned and under-verification declarations for 'maker'");
    }

    private UUID calculated(PlatformUser maker, BatteryModelView model, PlantView plant, LocalDate from, LocalDate to) {
        DeclarationView declaration = declarations.create(
                maker,
                new DeclarationCommand(
                        model.id(),
                        plant.id(),
                        from,
                        to,
                        6_000,
                        FunctionalUnitMethod.EU_FEQC,
                        ElectricityRule.LOCATION_BASED,
                        "乘用车电池包按欧盟草案 FEqC 法计算：以质保期内交付的能量为功能单位，与整车厂的质保条款一致。"));
        declarations.upload(declaration.id(), maker, seed());
        calculations.calculate(declaration.id(), maker, false);
        return declaration.id();
    }

    private Optional<PlatformUser> user(String name) {
        try {
            return Optional.of((PlatformUser) users.loadUserByUsername(name));
        } catch (UsernameNotFoundException e) {
            return Optional.empty();
        }
    }

    private static byte[] seed() {
        try (InputStream in = DemoVerification.class.getClassLoader().getResourceAsStream(SEED)) {
            if (in == null) {
                throw new IllegalStateException("missing " + SEED);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
