package cn.batterycarbon.organization.demo;

import cn.batterycarbon.organization.DemoOrganizationsLoaded;
import cn.batterycarbon.organization.application.OrganizationAdministration;
import cn.batterycarbon.organization.application.OrganizationAdministration.NewUser;
import cn.batterycarbon.organization.domain.Organization;
import cn.batterycarbon.organization.domain.Organization.OrganizationDetails;
import cn.batterycarbon.organization.domain.Organizations;
import cn.batterycarbon.organization.domain.UnifiedSocialCreditCode;
import cn.batterycarbon.organization.domain.UserAccounts;
import cn.batterycarbon.platform.demo.DemoDataSettings;
import cn.batterycarbon.platform.security.OrganizationType;
import cn.batterycarbon.platform.security.Role;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo organizations and one account per role, all with the password {@code demo1234}.
 * Loaded only when demo data is on; idempotent, so restarts add nothing twice. When they are
 * committed this publishes {@link DemoOrganizationsLoaded}, on which other modules load their demo
 * records (referring to these organizations by their credit codes or user names).
 */
@Component
@Order(100)
class DemoOrganizations implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoOrganizations.class);

    record DemoOrganization(OrganizationType type, String creditCode, OrganizationDetails details) {}

    record DemoAccount(String username, String creditCode, String displayName, Set<Role> roles) {}

    static final List<DemoOrganization> ORGANIZATIONS = List.of(
            new DemoOrganization(
                    OrganizationType.PLATFORM_OPERATOR,
                    "91310115MA1PLATF0K",
                    new OrganizationDetails(
                            "动力电池碳足迹平台运营中心",
                            "Battery Carbon Platform Operations Centre",
                            "上海市浦东新区张江路 100 号",
                            "平台值班",
                            "021-50000000",
                            "ops@platform.example.cn")),
            new DemoOrganization(
                    OrganizationType.BATTERY_MANUFACTURER,
                    "91320500MA1NCDL0X2",
                    new OrganizationDetails(
                            "宁川动力电池有限公司（演示）",
                            "Ningchuan Power Battery Co., Ltd. (demo)",
                            "江苏省苏州市工业园区星湖街 88 号",
                            "陈工",
                            "0512-60000000",
                            "carbon@ningchuan.example.cn")),
            new DemoOrganization(
                    OrganizationType.BATTERY_IMPORTER,
                    "91310000MA1KMPRT57",
                    new OrganizationDetails(
                            "欧能动力电池进口有限公司（演示）",
                            "Euronergy Traction Battery Import Co., Ltd. (demo)",
                            "上海市浦东新区外高桥保税区富特北路 1 号",
                            "孙经理",
                            "021-58000000",
                            "import@euronergy.example.cn")),
            new DemoOrganization(
                    OrganizationType.VEHICLE_MAKER,
                    "91340100MA2JHAUT0B",
                    new OrganizationDetails(
                            "江淮新能源汽车有限公司（演示）",
                            "Jianghuai New Energy Vehicle Co., Ltd. (demo)",
                            "安徽省合肥市经济技术开发区紫云路 99 号",
                            "钱工",
                            "0551-63000000",
                            "battery@jianghuai.example.cn")),
            new DemoOrganization(
                    OrganizationType.SUPPLIER,
                    "91430100MA4HLHJ1PU",
                    new OrganizationDetails(
                            "湘锂正极材料有限公司（演示）",
                            "Xiangli Cathode Materials Co., Ltd. (demo)",
                            "湖南省长沙市宁乡经济技术开发区金洲大道 9 号",
                            "李经理",
                            "0731-80000000",
                            "esg@xiangli.example.cn")),
            new DemoOrganization(
                    OrganizationType.VERIFICATION_AGENCY,
                    "91110108MA01HHTW35",
                    new OrganizationDetails(
                            "华衡碳核查技术有限公司（演示）",
                            "Huaheng Carbon Verification Co., Ltd. (demo)",
                            "北京市海淀区学院路 30 号",
                            "王审核员",
                            "010-60000000",
                            "verify@huaheng.example.cn")),
            new DemoOrganization(
                    OrganizationType.REGULATOR,
                    "11100000000013338W",
                    new OrganizationDetails(
                            "工业和信息化部装备工业一司（演示）",
                            "MIIT Department of Equipment Industry I (demo)",
                            "北京市西城区西长安街 13 号",
                            "试点工作组",
                            "010-68200000",
                            "pilot@miit.example.gov.cn")),
            new DemoOrganization(
                    OrganizationType.RESEARCH_INSTITUTE,
                    "12100000400007555G",
                    new OrganizationDetails(
                            "动力电池碳足迹研究院（演示）",
                            "Traction Battery Carbon Footprint Research Institute (demo)",
                            "天津市东丽区先锋东路 68 号",
                            "因子库管理组",
                            "022-84000000",
                            "factors@institute.example.cn")));

    static final List<DemoAccount> ACCOUNTS = List.of(
            new DemoAccount("admin", "91310115MA1PLATF0K", "平台管理员", Set.of(Role.ADMIN)),
            new DemoAccount("maker", "91320500MA1NCDL0X2", "陈碳管", Set.of(Role.MANUFACTURER)),
            new DemoAccount("importer", "91310000MA1KMPRT57", "孙进口", Set.of(Role.MANUFACTURER)),
            new DemoAccount("automaker", "91340100MA2JHAUT0B", "钱整车", Set.of(Role.MANUFACTURER)),
            new DemoAccount("supplier", "91430100MA4HLHJ1PU", "李供应", Set.of(Role.SUPPLIER)),
            new DemoAccount("verifier", "91110108MA01HHTW35", "王核查", Set.of(Role.VERIFIER, Role.VERIFICATION_LEAD)),
            new DemoAccount("auditor", "91110108MA01HHTW35", "刘核查员", Set.of(Role.VERIFIER)),
            new DemoAccount("regulator", "11100000000013338W", "赵监管", Set.of(Role.REGULATOR)),
            new DemoAccount("steward", "12100000400007555G", "周因子", Set.of(Role.FACTOR_STEWARD)),
            new DemoAccount("expert", "12100000400007555G", "吴专家", Set.of(Role.FACTOR_REVIEWER)));

    private final DemoDataSettings settings;
    private final OrganizationAdministration administration;
    private final Organizations organizations;
    private final UserAccounts users;
    private final ApplicationEventPublisher events;

    DemoOrganizations(
            DemoDataSettings settings,
            OrganizationAdministration administration,
            Organizations organizations,
            UserAccounts users,
            ApplicationEventPublisher events) {
        this.events = events;
        this.settings = settings;
        this.administration = administration;
        this.organizations = organizations;
        this.users = users;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!settings.enabled()) {
            return;
        }
        for (DemoOrganization demo : ORGANIZATIONS) {
            if (!organizations.existsByCreditCode(UnifiedSocialCreditCode.of(demo.creditCode()))) {
                administration.registerOrganization(demo.type(), demo.creditCode(), demo.details());
            }
        }
        List<Organization> all = organizations.findAll();
        int created = 0;
        for (DemoAccount account : ACCOUNTS) {
            if (users.existsByUsername(account.username())) {
                continue;
            }
            Organization organization = all.stream()
                    .filter(o -> o.getCreditCode().value().equals(account.creditCode()))
                    .findFirst()
                    .orElseThrow();
            administration.createUser(new NewUser(
                    organization.getId(),
                    account.username(),
                    account.displayName(),
                    account.username() + "@demo.example.cn",
                    account.roles(),
                    DemoDataSettings.DEMO_PASSWORD));
            created++;
        }
        if (created > 0) {
            log.info(
                    "Demo data: {} demo accounts created ({}), password '{}'",
                    created,
                    ACCOUNTS.stream().map(DemoAccount::username).toList(),
                    DemoDataSettings.DEMO_PASSWORD);
        }
        // each registration and account above committed in its own transaction
        events.publishEvent(new DemoOrganizationsLoaded());
    }
}
