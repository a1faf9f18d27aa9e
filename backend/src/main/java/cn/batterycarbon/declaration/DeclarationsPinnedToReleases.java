package cn.batterycarbon.declaration;

import cn.batterycarbon.declaration.domain.Declaration;
import cn.batterycarbon.declaration.domain.Declarations;
import cn.batterycarbon.factor.DeclarationImpact;
import cn.batterycarbon.factor.PinnedDeclarations;
import cn.batterycarbon.product.ProductCatalog;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells the factor database how a newly published release would change the declarations of the
 * organizations the caller may see: each is recalculated by the footprint core with its pinned
 * release and with the new one ({@link DeclarationCalculations#impact}).
 */
@Component
class DeclarationsPinnedToReleases implements PinnedDeclarations {

    private final Declarations declarations;
    private final DeclarationCalculations calculations;
    private final ProductCatalog products;

    DeclarationsPinnedToReleases(
            Declarations declarations, DeclarationCalculations calculations, ProductCatalog products) {
        this.declarations = declarations;
        this.calculations = calculations;
        this.products = products;
    }

    @Override
    @Transactional(readOnly = true)
    public List<DeclarationImpact> impactOf(String newReleaseCode, Predicate<UUID> owners) {
        return declarations.findAll().stream()
                .filter(d -> owners.test(d.getOrganizationId()))
                .filter(d -> !d.getFactorReleaseCode().equals(newReleaseCode))
                .map(d -> impact(d, newReleaseCode))
                .toList();
    }

    private DeclarationImpact impact(Declaration d, String newReleaseCode) {
        return calculations.impact(
                d,
                products.modelOfAnyOrganization(d.getBatteryModelId()),
                products.plantOfAnyOrganization(d.getPlantId()),
                newReleaseCode);
    }
}
