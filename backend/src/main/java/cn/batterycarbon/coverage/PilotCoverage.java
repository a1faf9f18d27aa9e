package cn.batterycarbon.coverage;

import cn.batterycarbon.declaration.DeclarationService;
import cn.batterycarbon.declaration.DeclarationStatus;
import cn.batterycarbon.declaration.DeclarationStatusView;
import cn.batterycarbon.organization.OrganizationDirectory;
import cn.batterycarbon.organization.OrganizationDirectory.OrganizationSummary;
import cn.batterycarbon.platform.security.OrganizationType;
import cn.batterycarbon.platform.security.PlatformUser;
import cn.batterycarbon.product.BatteryModelView;
import cn.batterycarbon.product.Chemistry;
import cn.batterycarbon.product.ProductCatalog;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Counts each declarant's models declared (submitted) and certified per chemistry against the pilot's ask. */
@Service
@Transactional(readOnly = true)
public class PilotCoverage {

    /**
     * A model counts as declared while one of its declarations is with an agency or certified:
     * submitted, under verification, approved or certified (a returned one is being corrected, a
     * revoked or superseded one no longer stands).
     */
    private static final Set<DeclarationStatus> DECLARED = EnumSet.of(
            DeclarationStatus.SUBMITTED,
            DeclarationStatus.UNDER_VERIFICATION,
            DeclarationStatus.APPROVED,
            DeclarationStatus.CERTIFIED);

    /** Filters of the regulator's list; null fields do not filter. */
    public record Filter(OrganizationType type, Chemistry chemistry, Boolean meetsPilot, String text) {

        boolean accepts(CompanyCoverage c) {
            if (type != null && c.type() != type) {
                return false;
            }
            if (chemistry != null && !c.chemistries().contains(chemistry)) {
                return false;
            }
            if (meetsPilot != null && c.meetsPilot() != meetsPilot) {
                return false;
            }
            if (text != null && !text.isBlank()) {
                String t = text.strip().toLowerCase(Locale.ROOT);
                return c.nameZh().toLowerCase(Locale.ROOT).contains(t)
                        || c.nameEn().toLowerCase(Locale.ROOT).contains(t);
            }
            return true;
        }
    }

    private final OrganizationDirectory organizations;
    private final ProductCatalog products;
    private final DeclarationService declarations;
    private final ObjectProvider<CertifiedModels> certified;

    PilotCoverage(
            OrganizationDirectory organizations,
            ProductCatalog products,
            DeclarationService declarations,
            ObjectProvider<CertifiedModels> certified) {
        this.organizations = organizations;
        this.products = products;
        this.declarations = declarations;
        this.certified = certified;
    }

    /** The signed-in declarant's own coverage. */
    public CompanyCoverage mine(PlatformUser user) {
        OrganizationSummary organization =
                organizations.find(user.organizationId()).orElseThrow();
        return coverage(
                organization,
                products.modelsOf(organization.id()),
                declarations.statuses(organization.id()),
                certifiedIds(organization.id()));
    }

    /** Every declarant organization's coverage (regulators), filtered, in name order. */
    public List<CompanyCoverage> all(Filter filter) {
        Map<UUID, List<BatteryModelView>> models =
                products.modelsOf(null).stream().collect(Collectors.groupingBy(BatteryModelView::organizationId));
        Map<UUID, List<DeclarationStatusView>> statuses = declarations.statuses(null).stream()
                .collect(Collectors.groupingBy(DeclarationStatusView::organizationId));
        Optional<Set<UUID>> certifiedIds = certifiedIds(null);
        List<CompanyCoverage> result = new ArrayList<>();
        for (OrganizationType type : OrganizationType.values()) {
            if (!type.declarant()) {
                continue;
            }
            for (OrganizationSummary organization : organizations.ofType(type)) {
                CompanyCoverage c = coverage(
                        organization,
                        models.getOrDefault(organization.id(), List.of()),
                        statuses.getOrDefault(organization.id(), List.of()),
                        certifiedIds);
                if (filter == null || filter.accepts(c)) {
                    result.add(c);
                }
            }
        }
        result.sort((a, b) -> a.nameZh().compareTo(b.nameZh()));
        return result;
    }

    /** Whether certificate data exist at all (a {@link CertifiedModels} bean is present). */
    public boolean certificatesAvailable() {
        return certified.getIfAvailable() != null;
    }

    private Optional<Set<UUID>> certifiedIds(UUID organizationId) {
        CertifiedModels source = certified.getIfAvailable();
        return source == null ? Optional.empty() : Optional.of(source.certifiedModelIds(organizationId));
    }

    static CompanyCoverage coverage(
            OrganizationSummary organization,
            List<BatteryModelView> models,
            List<DeclarationStatusView> statuses,
            Optional<Set<UUID>> certifiedIds) {
        Map<UUID, Boolean> submitted = new HashMap<>();
        for (DeclarationStatusView s : statuses) {
            submitted.merge(s.batteryModelId(), DECLARED.contains(s.status()), Boolean::logicalOr);
        }
        Map<Chemistry, List<BatteryModelView>> byChemistry = new EnumMap<>(Chemistry.class);
        for (BatteryModelView m : models) {
            byChemistry.computeIfAbsent(m.chemistry(), c -> new ArrayList<>()).add(m);
        }
        List<CompanyCoverage.ChemistryCoverage> rows = new ArrayList<>();
        Set<Chemistry> missing = EnumSet.noneOf(Chemistry.class);
        int declared = 0;
        int inProgress = 0;
        int certifiedCount = 0;
        for (Map.Entry<Chemistry, List<BatteryModelView>> entry : byChemistry.entrySet()) {
            int d = 0;
            int p = 0;
            int c = 0;
            List<String> undeclared = new ArrayList<>();
            for (BatteryModelView m : entry.getValue()) {
                Boolean state = submitted.get(m.id());
                if (Boolean.TRUE.equals(state)) {
                    d++;
                } else {
                    undeclared.add(m.modelCode());
                    if (state != null) {
                        p++;
                    }
                }
                if (certifiedIds.isPresent() && certifiedIds.get().contains(m.id())) {
                    c++;
                }
            }
            if (d == 0) {
                missing.add(entry.getKey());
            }
            declared += d;
            inProgress += p;
            certifiedCount += c;
            rows.add(new CompanyCoverage.ChemistryCoverage(
                    entry.getKey(), entry.getValue().size(), d, p, certifiedIds.isPresent() ? c : null, undeclared));
        }
        Set<Chemistry> chemistries =
                byChemistry.isEmpty() ? EnumSet.noneOf(Chemistry.class) : EnumSet.copyOf(byChemistry.keySet());
        return new CompanyCoverage(
                organization.id(),
                organization.nameZh(),
                organization.nameEn(),
                organization.type(),
                models.size(),
                declared,
                inProgress,
                certifiedIds.isPresent() ? certifiedCount : null,
                Math.min(CompanyCoverage.PILOT_MINIMUM_MODELS, models.size()),
                chemistries,
                missing,
                rows);
    }

    /** All chemistries, for filters. */
    public static List<Chemistry> chemistries() {
        return Arrays.asList(Chemistry.values());
    }
}
