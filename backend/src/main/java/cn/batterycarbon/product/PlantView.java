package cn.batterycarbon.product;

import cn.batterycarbon.factor.GridRegion;
import cn.batterycarbon.factor.Province;
import java.util.UUID;

/** A production plant as other modules and the API see it; the grid region follows the province. */
public record PlantView(UUID id, UUID organizationId, String name, String address, Province province, long version) {

    public GridRegion gridRegion() {
        return province.gridRegion();
    }
}
