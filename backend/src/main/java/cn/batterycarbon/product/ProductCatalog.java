package cn.batterycarbon.product;

import cn.batterycarbon.factor.Province;
import cn.batterycarbon.platform.domain.DomainException;
import cn.batterycarbon.platform.events.Changes;
import cn.batterycarbon.platform.security.PlatformUser;
import cn.batterycarbon.platform.security.TenantGuard;
import cn.batterycarbon.platform.web.NotFoundException;
import cn.batterycarbon.product.ProductEvents.BatteryModelChanged;
import cn.batterycarbon.product.ProductEvents.PlantChanged;
import cn.batterycarbon.product.domain.BatteryModel;
import cn.batterycarbon.product.domain.BatteryModels;
import cn.batterycarbon.product.domain.Plant;
import cn.batterycarbon.product.domain.Plants;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Plants and battery models of the signed-in user's organization. Records of another organization
 * are reported as not found.
 */
@Service
@Transactional(readOnly = true)
public class ProductCatalog {

    private final Plants plants;
    private final BatteryModels models;
    private final ApplicationEventPublisher events;

    ProductCatalog(Plants plants, BatteryModels models, ApplicationEventPublisher events) {
        this.plants = plants;
        this.models = models;
        this.events = events;
    }

    public List<PlantView> plants(PlatformUser user) {
        return plants.findByOrganizationIdOrderByName(user.organizationId()).stream()
                .map(Plant::view)
                .toList();
    }

    public PlantView plant(UUID id, PlatformUser user) {
        return visiblePlant(id, user).view();
    }

    /**
     * A plant whatever organization owns it, for system tasks without a signed-in user (which
     * declarations a new factor release would change). Never pass its result to a user.
     */
    public PlantView plantOfAnyOrganization(UUID id) {
        return plants.findById(id).map(Plant::view).orElseThrow(NotFoundException::new);
    }

    @Transactional
    public PlantView createPlant(PlatformUser user, String name, String address, Province province) {
        PlantView plant = plants.save(new Plant(user.organizationId(), name.trim(), address.trim(), province))
                .view();
        events.publishEvent(
                new PlantChanged(PlantChanged.CREATED, plant.id(), plant.organizationId(), Changes.created(plant)));
        return plant;
    }

    @Transactional
    public PlantView updatePlant(
            UUID id, Long expectedVersion, PlatformUser user, String name, String address, Province province) {
        Plant plant = visiblePlant(id, user);
        checkVersion(expectedVersion, plant.getVersion());
        PlantView before = plant.view();
        plant.update(name.trim(), address.trim(), province);
        PlantView after = plants.saveAndFlush(plant).view();
        events.publishEvent(new PlantChanged(
                PlantChanged.CHANGED, after.id(), after.organizationId(), Changes.between(before, after)));
        return after;
    }

    @Transactional
    public void deletePlant(UUID id, PlatformUser user) {
        Plant plant = visiblePlant(id, user);
        PlantView before = plant.view();
        try {
            plants.delete(plant);
            plants.flush();
            events.publishEvent(new PlantChanged(
                    PlantChanged.DELETED, before.id(), before.organizationId(), Changes.deleted(before)));
        } catch (DataIntegrityViolationException e) {
            throw new DomainException("product.plant.inUse");
        }
    }

    /**
     * The battery models of one organization, or of every organization (organizationId null): for
     * pilot coverage, whose callers decide who may see what.
     */
    public List<BatteryModelView> modelsOf(UUID organizationId) {
        return (organizationId == null
                        ? models.findAllByOrderByOrganizationIdAscModelCodeAsc()
                        : models.findByOrganizationIdOrderByModelCode(organizationId))
                .stream()
                        .map(cn.batterycarbon.product.domain.BatteryModel::view)
                        .toList();
    }

    public List<BatteryModelView> models(PlatformUser user) {
        return models.findByOrganizationIdOrderByModelCode(user.organizationId()).stream()
                .map(BatteryModel::view)
                .toList();
    }

    public BatteryModelView model(UUID id, PlatformUser user) {
        return visibleModel(id, user).view();
    }

    /**
     * A battery model whatever organization owns it, for modules that decide visibility
     * themselves (a verification agency sees the models of declarations submitted to it).
     */
    public BatteryModelView modelOfAnyOrganization(UUID id) {
        return models.findById(id).map(BatteryModel::view).orElseThrow(NotFoundException::new);
    }

    @Transactional
    public BatteryModelView createModel(PlatformUser user, BatteryModelDetails details) {
        check(details);
        if (models.existsByOrganizationIdAndModelCode(
                user.organizationId(), details.modelCode().trim())) {
            throw new DomainException(
                    "product.model.duplicateCode", details.modelCode().trim());
        }
        BatteryModelView model =
                models.save(new BatteryModel(user.organizationId(), details)).view();
        events.publishEvent(new BatteryModelChanged(
                BatteryModelChanged.CREATED, model.id(), model.organizationId(), Changes.created(model)));
        return model;
    }

    @Transactional
    public BatteryModelView updateModel(UUID id, Long expectedVersion, PlatformUser user, BatteryModelDetails details) {
        check(details);
        BatteryModel model = visibleModel(id, user);
        checkVersion(expectedVersion, model.getVersion());
        if (!model.getModelCode().equals(details.modelCode().trim())
                && models.existsByOrganizationIdAndModelCode(
                        user.organizationId(), details.modelCode().trim())) {
            throw new DomainException(
                    "product.model.duplicateCode", details.modelCode().trim());
        }
        BatteryModelView before = model.view();
        model.update(details);
        BatteryModelView after = models.saveAndFlush(model).view();
        events.publishEvent(new BatteryModelChanged(
                BatteryModelChanged.CHANGED, after.id(), after.organizationId(), Changes.between(before, after)));
        return after;
    }

    @Transactional
    public void deleteModel(UUID id, PlatformUser user) {
        BatteryModel model = visibleModel(id, user);
        BatteryModelView before = model.view();
        try {
            models.delete(model);
            models.flush();
            events.publishEvent(new BatteryModelChanged(
                    BatteryModelChanged.DELETED, before.id(), before.organizationId(), Changes.deleted(before)));
        } catch (DataIntegrityViolationException e) {
            throw new DomainException("product.model.inUse");
        }
    }

    private static void check(BatteryModelDetails details) {
        if (details.usableEnergyKwh().compareTo(details.ratedEnergyKwh()) > 0) {
            throw new DomainException("product.model.usableAboveRated");
        }
        if (details.depthOfDischarge() != null && details.depthOfDischarge().compareTo(BigDecimal.ONE) > 0) {
            throw new DomainException("product.model.depthOfDischarge.invalid");
        }
    }

    private static void checkVersion(Long expected, long actual) {
        if (expected != null && expected != actual) {
            throw new OptimisticLockingFailureException("stale version " + expected + " != " + actual);
        }
    }

    private Plant visiblePlant(UUID id, PlatformUser user) {
        Plant plant = plants.findById(id).orElse(null);
        return TenantGuard.requireVisible(plant, plant == null ? null : plant.getOrganizationId(), user);
    }

    private BatteryModel visibleModel(UUID id, PlatformUser user) {
        BatteryModel model = models.findById(id).orElse(null);
        return TenantGuard.requireVisible(model, model == null ? null : model.getOrganizationId(), user);
    }
}
