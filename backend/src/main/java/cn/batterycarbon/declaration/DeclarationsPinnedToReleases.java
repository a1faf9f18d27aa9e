package cn.batterycarbon.declaration;

import cn.batterycarbon.declaration.domain.Declaration;
import cn.batterycarbon.declaration.domain.Declarations;
import cn.batterycarbon.factor.PinnedDeclaration;
import cn.batterycarbon.factor.PinnedDeclarations;
import cn.batterycarbon.product.PlantView;
import cn.batterycarbon.product.ProductCatalog;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells the factor database which declarations are pinned to which release, with their
 * background-factor lines, for the organizations the caller may see.
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
    public List<PinnedDeclaration> pinnedDeclarations(Predicate<UUID> owners) {
        return declarations.findAll().stream()
                .filter(d -> owners.test(d.getOrganizationId()))
                .map(this::pinned)
                .toList();
    }

    private PinnedDeclaration pinned(Declaration d) {
        PlantView plant = products.plantOfAnyOrganization(d.getPlantId());
        return calculations.pinned(
                d.getId(), d.getOrganizationId(), d.getFactorReleaseCode(), plant, d.getElectricityRule());
    }
}
