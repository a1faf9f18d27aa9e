package cn.batterycarbon.product.web;

import cn.batterycarbon.factor.Province;
import cn.batterycarbon.footprint.core.VehicleCategory;
import cn.batterycarbon.platform.domain.DomainException;
import cn.batterycarbon.platform.security.PlatformUser;
import cn.batterycarbon.platform.web.FormErrors;
import cn.batterycarbon.product.BatteryFormat;
import cn.batterycarbon.product.Chemistry;
import cn.batterycarbon.product.ProductCatalog;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Pages where a manufacturer registers its plants and battery models. */
@Controller
@PreAuthorize("hasRole('MANUFACTURER')")
class ProductPages {

    private static final String PLANT_FORM = "product/plant-form";
    private static final String MODEL_FORM = "product/model-form";

    private final ProductCatalog catalog;

    ProductPages(ProductCatalog catalog) {
        this.catalog = catalog;
    }

    @ModelAttribute("provinces")
    Province[] provinces() {
        return Province.values();
    }

    @ModelAttribute("chemistries")
    Chemistry[] chemistries() {
        return Chemistry.values();
    }

    @ModelAttribute("formats")
    BatteryFormat[] formats() {
        return BatteryFormat.values();
    }

    @ModelAttribute("vehicleCategories")
    VehicleCategory[] vehicleCategories() {
        return VehicleCategory.values();
    }

    @GetMapping("/plants")
    String plants(@AuthenticationPrincipal PlatformUser user, Model model) {
        model.addAttribute("plants", catalog.plants(user));
        return "product/plants";
    }

    @GetMapping("/plants/new")
    String newPlant(Model model) {
        model.addAttribute("form", new PlantForm());
        return PLANT_FORM;
    }

    @PostMapping("/plants")
    String createPlant(
            @AuthenticationPrincipal PlatformUser user,
            @Valid @ModelAttribute("form") PlantForm form,
            BindingResult result,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return PLANT_FORM;
        }
        catalog.createPlant(user, form.getName(), form.getAddress(), form.getProvince());
        redirect.addFlashAttribute("message", "product.plant.created");
        return "redirect:/plants";
    }

    @GetMapping("/plants/{id}/edit")
    String editPlant(@AuthenticationPrincipal PlatformUser user, @PathVariable UUID id, Model model) {
        model.addAttribute("form", PlantForm.of(catalog.plant(id, user)));
        model.addAttribute("plantId", id);
        return PLANT_FORM;
    }

    @PostMapping("/plants/{id}")
    String updatePlant(
            @AuthenticationPrincipal PlatformUser user,
            @PathVariable UUID id,
            @Valid @ModelAttribute("form") PlantForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        catalog.plant(id, user);
        model.addAttribute("plantId", id);
        if (result.hasErrors()) {
            return PLANT_FORM;
        }
        try {
            catalog.updatePlant(id, form.getVersion(), user, form.getName(), form.getAddress(), form.getProvince());
        } catch (OptimisticLockingFailureException e) {
            result.reject("error.concurrent-change");
            return PLANT_FORM;
        }
        redirect.addFlashAttribute("message", "product.plant.updated");
        return "redirect:/plants";
    }

    @PostMapping("/plants/{id}/delete")
    String deletePlant(@AuthenticationPrincipal PlatformUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        catalog.deletePlant(id, user);
        redirect.addFlashAttribute("message", "product.plant.deleted");
        return "redirect:/plants";
    }

    @GetMapping("/battery-models")
    String models(@AuthenticationPrincipal PlatformUser user, Model model) {
        model.addAttribute("models", catalog.models(user));
        return "product/models";
    }

    @GetMapping("/battery-models/new")
    String newModel(Model model) {
        model.addAttribute("form", new BatteryModelForm());
        return MODEL_FORM;
    }

    @PostMapping("/battery-models")
    String createModel(
            @AuthenticationPrincipal PlatformUser user,
            @Valid @ModelAttribute("form") BatteryModelForm form,
            BindingResult result,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return MODEL_FORM;
        }
        try {
            catalog.createModel(user, form.details());
        } catch (DomainException e) {
            FormErrors.reject(result, e, "modelCode");
            return MODEL_FORM;
        }
        redirect.addFlashAttribute("message", "product.model.created");
        return "redirect:/battery-models";
    }

    @GetMapping("/battery-models/{id}/edit")
    String editModel(@AuthenticationPrincipal PlatformUser user, @PathVariable UUID id, Model model) {
        model.addAttribute("form", BatteryModelForm.of(catalog.model(id, user)));
        model.addAttribute("modelId", id);
        return MODEL_FORM;
    }

    @PostMapping("/battery-models/{id}")
    String updateModel(
            @AuthenticationPrincipal PlatformUser user,
            @PathVariable UUID id,
            @Valid @ModelAttribute("form") BatteryModelForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        catalog.model(id, user);
        model.addAttribute("modelId", id);
        if (result.hasErrors()) {
            return MODEL_FORM;
        }
        try {
            catalog.updateModel(id, form.getVersion(), user, form.details());
        } catch (DomainException e) {
            FormErrors.reject(result, e, "modelCode");
            return MODEL_FORM;
        } catch (OptimisticLockingFailureException e) {
            result.reject("error.concurrent-change");
            return MODEL_FORM;
        }
        redirect.addFlashAttribute("message", "product.model.updated");
        return "redirect:/battery-models";
    }

    @PostMapping("/battery-models/{id}/delete")
    String deleteModel(@AuthenticationPrincipal PlatformUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        catalog.deleteModel(id, user);
        redirect.addFlashAttribute("message", "product.model.deleted");
        return "redirect:/battery-models";
    }
}
