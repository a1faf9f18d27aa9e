package cn.batterycarbon.responsibility.web;

import cn.batterycarbon.platform.numbers.InNumericDomain;
import cn.batterycarbon.platform.numbers.NumericDomain;
import cn.batterycarbon.responsibility.core.SectorSplit;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Splits a sector of a table into a remaining parent and a new sector. */
public class SplitForm {

    @NotBlank
    @Size(max = 40)
    private String parentCode;

    @NotBlank
    @Size(max = 40)
    private String newCode;

    @NotBlank
    @Size(max = 300)
    private String newNameZh;

    @NotBlank
    @Size(max = 300)
    private String newNameEn;

    @NotNull
    @DecimalMin(value = "0", inclusive = false)
    @DecimalMax(value = "1", inclusive = false)
    @InNumericDomain(NumericDomain.SHARE)
    private Double share;

    @Size(max = 200)
    private String tableName;

    /** Optional: {@code code=weight} lines over customer sectors and final-demand categories. */
    @Size(max = 100_000)
    private String salesStructure;

    /** Optional: {@code code=weight} lines over supplier sectors and value-added components. */
    @Size(max = 100_000)
    private String inputStructure;

    SectorSplit.Request toRequest() {
        return new SectorSplit.Request(
                parentCode.strip(),
                newCode.strip(),
                newNameZh.strip(),
                newNameEn.strip(),
                share,
                RunForm.parseWeights(salesStructure, "salesStructure"),
                RunForm.parseWeights(inputStructure, "inputStructure"));
    }

    public String getParentCode() {
        return parentCode;
    }

    public void setParentCode(String parentCode) {
        this.parentCode = parentCode;
    }

    public String getNewCode() {
        return newCode;
    }

    public void setNewCode(String newCode) {
        this.newCode = newCode;
    }

    public String getNewNameZh() {
        return newNameZh;
    }

    public void setNewNameZh(String newNameZh) {
        this.newNameZh = newNameZh;
    }

    public String getNewNameEn() {
        return newNameEn;
    }

    public void setNewNameEn(String newNameEn) {
        this.newNameEn = newNameEn;
    }

    public Double getShare() {
        return share;
    }

    public void setShare(Double share) {
        this.share = share;
    }

    public String getTableName() {
        return tableName;
    }

    public void setTableName(String tableName) {
        this.tableName = tableName;
    }

    public String getSalesStructure() {
        return salesStructure;
    }

    public void setSalesStructure(String salesStructure) {
        this.salesStructure = salesStructure;
    }

    public String getInputStructure() {
        return inputStructure;
    }

    public void setInputStructure(String inputStructure) {
        this.inputStructure = inputStructure;
    }
}
