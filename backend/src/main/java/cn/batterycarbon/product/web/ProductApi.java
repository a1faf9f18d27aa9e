package cn.batterycarbon.product.web;

import cn.batterycarbon.platform.security.PlatformUser;
import cn.batterycarbon.platform.web.ApiController;
import cn.batterycarbon.platform.web.ExpectedVersion;
import cn.batterycarbon.product.BatteryModelView;
import cn.batterycarbon.product.PlantView;
import cn.batterycarbon.product.ProductCatalog;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;

/** JSON API: the caller's organization's plants and battery models. */
@ApiController
@RequestMapping("/api/v1")
@PreAuthorize("hasRole('MANUFACTURER')")
@Tag(name = "Plants and battery models")
class ProductApi {

    private final ProductCatalog catalog;

    ProductApi(ProductCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping("/plants")
    @Operation(summary = "The caller's organization's plants")
    List<PlantView> plants(@AuthenticationPrincipal PlatformUser user) {
        return catalog.plants(user);
    }

    @GetMapping("/plants/{id}")
    @Operation(summary = "One plant; 404 for another organization's plant")
    PlantView plant(@AuthenticationPrincipal PlatformUser user, @PathVariable UUID id) {
        return catalog.plant(id, user);
    }

    @PostMapping("/plants")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Register a plant (the grid region follows the province)")
    PlantView createPlant(@AuthenticationPrincipal PlatformUser user, @Valid @RequestBody PlantForm form) {
        return catalog.createPlant(user, form.getName(), form.getAddress(), form.getProvince());
    }

    @PutMapping("/plants/{id}")
    @Operation(summary = "Change a plant; give the version read to detect concurrent changes")
    PlantView updatePlant(
            @AuthenticationPrincipal PlatformUser user,
            @PathVariable UUID id,
            @RequestHeader(value = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody PlantForm form) {
        catalog.plant(id, user); // another organization's plant: 404 before any 400
        return catalog.updatePlant(
                id,
                ExpectedVersion.required(form.getVersion(), ifMatch),
                user,
                form.getName(),
                form.getAddress(),
                form.getProvince());
    }

    @DeleteMapping("/plants/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a plant that no declaration uses")
    void deletePlant(@AuthenticationPrincipal PlatformUser user, @PathVariable UUID id) {
        catalog.deletePlant(id, user);
    }

    @GetMapping("/battery-models")
    @Operation(summary = "The caller's organization's battery models")
    List<BatteryModelView> models(@AuthenticationPrincipal PlatformUser user) {
        return catalog.models(user);
    }

    @GetMapping("/battery-models/{id}")
    @Operation(summary = "One battery model; 404 for another organization's model")
    BatteryModelView model(@AuthenticationPrincipal PlatformUser user, @PathVariable UUID id) {
        return catalog.model(id, user);
    }

    @PostMapping("/battery-models")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Register a battery model")
    BatteryModelView createModel(
            @AuthenticationPrincipal PlatformUser user, @Valid @RequestBody BatteryModelForm form) {
        return catalog.createModel(user, form.details());
    }

    @PutMapping("/battery-models/{id}")
    @Operation(summary = "Change a battery model")
    BatteryModelView updateModel(
            @AuthenticationPrincipal PlatformUser user,
            @PathVariable UUID id,
            @RequestHeader(value = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody BatteryModelForm form) {
        catalog.model(id, user); // another organization's model: 404 before any 400
        return catalog.updateModel(id, ExpectedVersion.required(form.getVersion(), ifMatch), user, form.details());
    }

    @DeleteMapping("/battery-models/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a battery model that no declaration uses")
    void deleteModel(@AuthenticationPrincipal PlatformUser user, @PathVariable UUID id) {
        catalog.deleteModel(id, user);
    }
}
