package cn.batterycarbon.supplier.web;

import cn.batterycarbon.supplier.Disclosure;
import cn.batterycarbon.supplier.RecordInput;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.BeanWrapper;
import org.springframework.beans.BeanWrapperImpl;

/** The upstream record form (answer, new record, correction): text fields, disclosure, upstream. */
public class RecordForm {

    private String productName;
    private String productId;
    private String customerPartNumber;
    private String batteryCode;
    private String declaredUnit = "kg";
    private String pcfKgCo2e;
    private String rawMaterialsKg;
    private String processingKg;
    private String transportKg;
    private String stageRawMaterialKg;
    private String stageProductionKg;
    private String stageDistributionKg;
    private String stageEndOfLifeKg;
    private String absoluteKgCo2e;
    private String primaryDataShare;
    private String dqTechnological;
    private String dqGeographical;
    private String dqTemporal;
    private String periodStart;
    private String periodEnd;
    private String siteCountry = "CN";
    private String siteProvince;
    private String batches;
    private String standard = "GB_T_24067";
    private String factorDatabase;
    private String correctionNote;
    private boolean discloseBreakdown;
    private boolean discloseStages = true;
    private boolean discloseUpstreamNames;
    private boolean discloseSite;
    private boolean discloseEvidence = true;
    private boolean verifierFullAccess;
    private List<UUID> upstream = new ArrayList<>();

    /**
     * The typed values as the API's record: the form's text fields carry the names of {@link
     * RecordInput}'s components (the API's field names), so one list of fields serves both.
     */
    public RecordInput input() {
        BeanWrapper form = new BeanWrapperImpl(this);
        RecordComponent[] components = RecordInput.class.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            values[i] = form.getPropertyValue(components[i].getName());
            types[i] = components[i].getType();
        }
        try {
            return RecordInput.class.getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("RecordForm lacks a field of RecordInput", e);
        }
    }

    public Disclosure disclosure() {
        return new Disclosure(
                discloseBreakdown,
                discloseStages,
                discloseUpstreamNames,
                discloseSite,
                discloseEvidence,
                verifierFullAccess);
    }

    public static RecordForm of(RecordInput in, Disclosure d) {
        RecordForm f = new RecordForm();
        BeanWrapper form = new BeanWrapperImpl(f);
        for (RecordComponent component : RecordInput.class.getRecordComponents()) {
            try {
                form.setPropertyValue(
                        component.getName(), component.getAccessor().invoke(in));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        if (d != null) {
            f.discloseBreakdown = d.breakdown();
            f.discloseStages = d.stages();
            f.discloseUpstreamNames = d.upstreamNames();
            f.discloseSite = d.site();
            f.discloseEvidence = d.evidence();
            f.verifierFullAccess = d.verifierFullAccess();
        }
        return f;
    }

    // getters and setters for data binding
    public String getProductName() {
        return productName;
    }

    public void setProductName(String v) {
        productName = v;
    }

    public String getProductId() {
        return productId;
    }

    public void setProductId(String v) {
        productId = v;
    }

    public String getCustomerPartNumber() {
        return customerPartNumber;
    }

    public void setCustomerPartNumber(String v) {
        customerPartNumber = v;
    }

    public String getBatteryCode() {
        return batteryCode;
    }

    public void setBatteryCode(String v) {
        batteryCode = v;
    }

    public String getDeclaredUnit() {
        return declaredUnit;
    }

    public void setDeclaredUnit(String v) {
        declaredUnit = v;
    }

    public String getPcfKgCo2e() {
        return pcfKgCo2e;
    }

    public void setPcfKgCo2e(String v) {
        pcfKgCo2e = v;
    }

    public String getRawMaterialsKg() {
        return rawMaterialsKg;
    }

    public void setRawMaterialsKg(String v) {
        rawMaterialsKg = v;
    }

    public String getProcessingKg() {
        return processingKg;
    }

    public void setProcessingKg(String v) {
        processingKg = v;
    }

    public String getTransportKg() {
        return transportKg;
    }

    public void setTransportKg(String v) {
        transportKg = v;
    }

    public String getStageRawMaterialKg() {
        return stageRawMaterialKg;
    }

    public void setStageRawMaterialKg(String v) {
        stageRawMaterialKg = v;
    }

    public String getStageProductionKg() {
        return stageProductionKg;
    }

    public void setStageProductionKg(String v) {
        stageProductionKg = v;
    }

    public String getStageDistributionKg() {
        return stageDistributionKg;
    }

    public void setStageDistributionKg(String v) {
        stageDistributionKg = v;
    }

    public String getStageEndOfLifeKg() {
        return stageEndOfLifeKg;
    }

    public void setStageEndOfLifeKg(String v) {
        stageEndOfLifeKg = v;
    }

    public String getAbsoluteKgCo2e() {
        return absoluteKgCo2e;
    }

    public void setAbsoluteKgCo2e(String v) {
        absoluteKgCo2e = v;
    }

    public String getPrimaryDataShare() {
        return primaryDataShare;
    }

    public void setPrimaryDataShare(String v) {
        primaryDataShare = v;
    }

    public String getDqTechnological() {
        return dqTechnological;
    }

    public void setDqTechnological(String v) {
        dqTechnological = v;
    }

    public String getDqGeographical() {
        return dqGeographical;
    }

    public void setDqGeographical(String v) {
        dqGeographical = v;
    }

    public String getDqTemporal() {
        return dqTemporal;
    }

    public void setDqTemporal(String v) {
        dqTemporal = v;
    }

    public String getPeriodStart() {
        return periodStart;
    }

    public void setPeriodStart(String v) {
        periodStart = v;
    }

    public String getPeriodEnd() {
        return periodEnd;
    }

    public void setPeriodEnd(String v) {
        periodEnd = v;
    }

    public String getSiteCountry() {
        return siteCountry;
    }

    public void setSiteCountry(String v) {
        siteCountry = v;
    }

    public String getSiteProvince() {
        return siteProvince;
    }

    public void setSiteProvince(String v) {
        siteProvince = v;
    }

    public String getBatches() {
        return batches;
    }

    public void setBatches(String v) {
        batches = v;
    }

    public String getStandard() {
        return standard;
    }

    public void setStandard(String v) {
        standard = v;
    }

    public String getFactorDatabase() {
        return factorDatabase;
    }

    public void setFactorDatabase(String v) {
        factorDatabase = v;
    }

    public String getCorrectionNote() {
        return correctionNote;
    }

    public void setCorrectionNote(String v) {
        correctionNote = v;
    }

    public boolean isDiscloseBreakdown() {
        return discloseBreakdown;
    }

    public void setDiscloseBreakdown(boolean v) {
        discloseBreakdown = v;
    }

    public boolean isDiscloseStages() {
        return discloseStages;
    }

    public void setDiscloseStages(boolean v) {
        discloseStages = v;
    }

    public boolean isDiscloseUpstreamNames() {
        return discloseUpstreamNames;
    }

    public void setDiscloseUpstreamNames(boolean v) {
        discloseUpstreamNames = v;
    }

    public boolean isDiscloseSite() {
        return discloseSite;
    }

    public void setDiscloseSite(boolean v) {
        discloseSite = v;
    }

    public boolean isDiscloseEvidence() {
        return discloseEvidence;
    }

    public void setDiscloseEvidence(boolean v) {
        discloseEvidence = v;
    }

    public boolean isVerifierFullAccess() {
        return verifierFullAccess;
    }

    public void setVerifierFullAccess(boolean v) {
        verifierFullAccess = v;
    }

    public List<UUID> getUpstream() {
        return upstream;
    }

    public void setUpstream(List<UUID> v) {
        upstream = v == null ? new ArrayList<>() : v;
    }
}
