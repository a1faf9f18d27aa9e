package cn.batterycarbon.declaration.web;

import cn.batterycarbon.declaration.LineData;
import cn.batterycarbon.declaration.imports.LineColumn;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

/**
 * One activity line as the form and the JSON API write it: text per column, checked by the same
 * validator as file rows, so that a line means the same whichever way it was entered.
 */
public class LineForm {

    private String stage;
    private String category;
    private String description;
    private String quantity;
    private String unit;
    private String factorCode;
    private String factorValue;
    private String factorUnit;
    private String factorSource;
    private String factorCitation;
    private String recycledShare;
    private String origin;
    private String electricitySupply;
    private String certificateIds;
    private String transportMode;
    private String distanceKm;
    private String massKg;
    private String recyclingRoute;

    Map<LineColumn, String> cells() {
        Map<LineColumn, String> cells = new EnumMap<>(LineColumn.class);
        put(cells, LineColumn.CATEGORY, category);
        put(cells, LineColumn.DESCRIPTION, description);
        put(cells, LineColumn.QUANTITY, quantity);
        put(cells, LineColumn.UNIT, unit);
        put(cells, LineColumn.FACTOR_CODE, factorCode);
        put(cells, LineColumn.FACTOR_VALUE, factorValue);
        put(cells, LineColumn.FACTOR_UNIT, factorUnit);
        put(cells, LineColumn.FACTOR_SOURCE, factorSource);
        put(cells, LineColumn.FACTOR_CITATION, factorCitation);
        put(cells, LineColumn.RECYCLED_SHARE, recycledShare);
        put(cells, LineColumn.ORIGIN, origin);
        put(cells, LineColumn.ELECTRICITY_SUPPLY, electricitySupply);
        put(cells, LineColumn.CERTIFICATE_IDS, certificateIds);
        put(cells, LineColumn.TRANSPORT_MODE, transportMode);
        put(cells, LineColumn.DISTANCE_KM, distanceKm);
        put(cells, LineColumn.MASS_KG, massKg);
        put(cells, LineColumn.RECYCLING_ROUTE, recyclingRoute);
        return cells;
    }

    static LineForm of(LineData d) {
        LineForm f = new LineForm();
        f.stage = d.stage().batteryPassName();
        f.category = d.category().name();
        f.description = d.description();
        f.quantity = plain(d.quantity());
        f.unit = d.unit();
        f.factorCode = d.factorCode();
        f.factorValue = plain(d.factorValue());
        f.factorUnit = d.factorUnit();
        f.factorSource = d.factorSource() == null ? null : d.factorSource().name();
        f.factorCitation = d.factorCitation();
        f.recycledShare = plain(d.recycledShare());
        f.origin = d.origin();
        f.electricitySupply =
                d.electricitySupply() == null ? null : d.electricitySupply().name();
        f.certificateIds = d.certificateIds();
        f.transportMode = d.transportMode() == null ? null : d.transportMode().name();
        f.distanceKm = plain(d.distanceKm());
        f.massKg = plain(d.massKg());
        f.recyclingRoute =
                d.recyclingRoute() == null ? null : d.recyclingRoute().name();
        return f;
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }

    private static void put(Map<LineColumn, String> cells, LineColumn column, String value) {
        if (value != null && !value.isBlank()) {
            cells.put(column, value);
        }
    }

    public String getStage() {
        return stage;
    }

    public void setStage(String stage) {
        this.stage = stage;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getQuantity() {
        return quantity;
    }

    public void setQuantity(String quantity) {
        this.quantity = quantity;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public String getFactorCode() {
        return factorCode;
    }

    public void setFactorCode(String factorCode) {
        this.factorCode = factorCode;
    }

    public String getFactorValue() {
        return factorValue;
    }

    public void setFactorValue(String factorValue) {
        this.factorValue = factorValue;
    }

    public String getFactorUnit() {
        return factorUnit;
    }

    public void setFactorUnit(String factorUnit) {
        this.factorUnit = factorUnit;
    }

    public String getFactorSource() {
        return factorSource;
    }

    public void setFactorSource(String factorSource) {
        this.factorSource = factorSource;
    }

    public String getFactorCitation() {
        return factorCitation;
    }

    public void setFactorCitation(String factorCitation) {
        this.factorCitation = factorCitation;
    }

    public String getRecycledShare() {
        return recycledShare;
    }

    public void setRecycledShare(String recycledShare) {
        this.recycledShare = recycledShare;
    }

    public String getOrigin() {
        return origin;
    }

    public void setOrigin(String origin) {
        this.origin = origin;
    }

    public String getElectricitySupply() {
        return electricitySupply;
    }

    public void setElectricitySupply(String electricitySupply) {
        this.electricitySupply = electricitySupply;
    }

    public String getCertificateIds() {
        return certificateIds;
    }

    public void setCertificateIds(String certificateIds) {
        this.certificateIds = certificateIds;
    }

    public String getTransportMode() {
        return transportMode;
    }

    public void setTransportMode(String transportMode) {
        this.transportMode = transportMode;
    }

    public String getDistanceKm() {
        return distanceKm;
    }

    public void setDistanceKm(String distanceKm) {
        this.distanceKm = distanceKm;
    }

    public String getMassKg() {
        return massKg;
    }

    public void setMassKg(String massKg) {
        this.massKg = massKg;
    }

    public String getRecyclingRoute() {
        return recyclingRoute;
    }

    public void setRecyclingRoute(String recyclingRoute) {
        this.recyclingRoute = recyclingRoute;
    }
}
