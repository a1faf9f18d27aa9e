package cn.batterycarbon.product.web;

import cn.batterycarbon.factor.Province;
import cn.batterycarbon.product.PlantView;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A plant as the form and the API write it. */
public class PlantForm {

    @NotBlank
    @Size(max = 200)
    private String name;

    @NotBlank
    @Size(max = 300)
    private String address;

    @NotNull
    private Province province;

    private Long version;

    static PlantForm of(PlantView plant) {
        PlantForm form = new PlantForm();
        form.name = plant.name();
        form.address = plant.address();
        form.province = plant.province();
        form.version = plant.version();
        return form;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public Province getProvince() {
        return province;
    }

    public void setProvince(Province province) {
        this.province = province;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
